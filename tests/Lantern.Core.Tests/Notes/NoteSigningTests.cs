using Lantern.Core.Intakes;
using Lantern.Core.Notes;
using Lantern.Core.Validation;
using Lantern.Practice.Screening;
using Lantern.TestCommon;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Lantern.Core.Tests.Notes;

public sealed class NoteSigningTests(CoreHost host) : IClassFixture<CoreHost>
{
    private static NoteInput HomeVisit(string text = "Home visit. Ms Doyle described Mr Doyle's threats; the children were at school.") => new()
    {
        Kind = NoteKind.HomeVisit,
        WithWhom = "Ms Doyle",
        OccurredOn = new DateOnly(2026, 11, 19),
        Text = text,
    };

    private static async Task<Guid> NewCaseAsync(IServiceProvider services)
    {
        var intake = await services.GetRequiredService<IntakeService>().CreateAsync(null, new IntakeInput
        {
            Source = IntakeSource.School,
            ReceivedOn = new DateOnly(2026, 11, 19),
            Narrative = "The school reports a child arriving hungry and withdrawn.",
            ScreeningOutcome = ScreeningOutcome.NotScreened,
        });
        return intake!.CaseId;
    }

    [Fact]
    public async Task Update_UnsignedNote_SavesTheNewText()
    {
        await using var scope = await host.ScopeAsAsync("worker");
        var notes = scope.ServiceProvider.GetRequiredService<NoteService>();
        var note = await notes.CreateAsync(await NewCaseAsync(scope.ServiceProvider), HomeVisit());

        Assert.True(await notes.UpdateAsync(note!.Id, HomeVisit("Corrected text.") with { Version = note.Version }));

        Assert.Equal("Corrected text.", (await notes.GetAsync(note.Id))!.Text);
    }

    [Fact]
    public async Task Update_SignedNote_IsRefusedAndTheTextStays()
    {
        await using var scope = await host.ScopeAsAsync("worker");
        var notes = scope.ServiceProvider.GetRequiredService<NoteService>();
        var note = await notes.CreateAsync(await NewCaseAsync(scope.ServiceProvider), HomeVisit());
        Assert.True(await notes.SignAsync(note!.Id, note.Version));
        var signed = await notes.GetAsync(note.Id);

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            notes.UpdateAsync(note.Id, HomeVisit("Rewritten after signing.") with { Version = signed!.Version }));

        Assert.Contains("Text", refused.Errors.Keys);
        var after = await notes.GetAsync(note.Id);
        Assert.Equal(HomeVisit().Text, after!.Text);
        Assert.NotNull(after.SignedAt);
    }

    [Fact]
    public async Task Sign_TwiceOrStale_IsRefused()
    {
        await using var scope = await host.ScopeAsAsync("worker");
        var notes = scope.ServiceProvider.GetRequiredService<NoteService>();
        var note = await notes.CreateAsync(await NewCaseAsync(scope.ServiceProvider), HomeVisit());
        var version = note!.Version;
        Assert.True(await notes.SignAsync(note.Id, version));

        await Assert.ThrowsAsync<InvalidInputException>(() => notes.SignAsync(note.Id, version));
    }

    [Fact]
    public async Task AddAddendum_SignedNote_IsKeptAlongsideTheUnchangedText()
    {
        await using var scope = await host.ScopeAsAsync("worker");
        var notes = scope.ServiceProvider.GetRequiredService<NoteService>();
        var note = await notes.CreateAsync(await NewCaseAsync(scope.ServiceProvider), HomeVisit());
        await notes.SignAsync(note!.Id, note.Version);

        Assert.True(await notes.AddAddendumAsync(note.Id, new AddendumInput { Text = "Ms Doyle called to add that he took her phone." }));

        var after = await notes.GetAsync(note.Id);
        Assert.Equal(HomeVisit().Text, after!.Text);
        Assert.Equal("Ms Doyle called to add that he took her phone.", Assert.Single(after.Addenda).Text);
    }

    [Fact]
    public async Task AddAddendum_UnsignedNote_IsRefused()
    {
        await using var scope = await host.ScopeAsAsync("worker");
        var notes = scope.ServiceProvider.GetRequiredService<NoteService>();
        var note = await notes.CreateAsync(await NewCaseAsync(scope.ServiceProvider), HomeVisit());

        await Assert.ThrowsAsync<InvalidInputException>(() => notes.AddAddendumAsync(note!.Id, new AddendumInput { Text = "More." }));
    }

    [Fact]
    public async Task Dismiss_WithoutAReason_IsRefused_WithAReason_HidesTheFindingInTheBatchCheck()
    {
        await using var scope = await host.ScopeAsAsync("worker");
        var notes = scope.ServiceProvider.GetRequiredService<NoteService>();
        var caseId = await NewCaseAsync(scope.ServiceProvider);
        var note = await notes.CreateAsync(caseId, HomeVisit("She failed to protect the children."));
        var finding = Assert.Single((await notes.CheckCaseAsync(caseId, new Practice.Language.LanguageContext()))!.Single().Findings);
        var dismissal = new DismissalInput { RuleId = finding.RuleId, Phrase = finding.Text, Start = finding.Start, Length = finding.Length };

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => notes.DismissAsync(note!.Id, dismissal with { Reason = "  " }));
        Assert.Contains("Reason", refused.Errors.Keys);

        Assert.True(await notes.DismissAsync(note!.Id, dismissal with { Reason = "Quoting the previous agency's assessment." }));
        var check = (await notes.CheckCaseAsync(caseId, new Practice.Language.LanguageContext()))!.Single();
        Assert.Empty(check.Findings);
        Assert.Equal(1, check.Dismissed);
        Assert.Equal("Quoting the previous agency's assessment.", Assert.Single((await notes.GetAsync(note.Id))!.Dismissals).Reason);
    }
}
