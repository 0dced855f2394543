using Lantern.Core.Intakes;
using Lantern.Core.Validation;
using Lantern.Practice.Screening;
using Lantern.TestCommon;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Lantern.Core.Tests.Intakes;

public sealed class IntakeCompletionTests(CoreHost host) : IClassFixture<CoreHost>
{
    private static IntakeInput Concern(ScreeningOutcome outcome, ScreeningAnswer harm = ScreeningAnswer.NotAsked) => new()
    {
        Source = IntakeSource.School,
        ReceivedOn = new DateOnly(2026, 11, 19),
        Narrative = "The school reports a child arriving hungry and withdrawn.",
        HarmOrFearFromPartner = harm,
        ScreeningOutcome = outcome,
    };

    [Fact]
    public async Task Complete_WithoutAScreeningOutcome_IsRefusedNamingTheOutcome()
    {
        await using var scope = await host.ScopeAsAsync("worker");
        var intakes = scope.ServiceProvider.GetRequiredService<IntakeService>();
        var intake = await intakes.CreateAsync(null, Concern(ScreeningOutcome.NotScreened));

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => intakes.CompleteAsync(intake!.Id, intake.Version));

        Assert.Contains(ScreeningCompleteness.OutcomeField, refused.Errors.Keys);
        Assert.Equal(IntakeStatus.Draft, (await intakes.GetAsync(intake!.Id))!.Status);
    }

    [Fact]
    public async Task Complete_WithAnIndicatedScreening_CompletesAndOpensTheCaseInIntake()
    {
        await using var scope = await host.ScopeAsAsync("worker");
        var intakes = scope.ServiceProvider.GetRequiredService<IntakeService>();
        var intake = await intakes.CreateAsync(null, Concern(ScreeningOutcome.DomesticAbuseIndicated, ScreeningAnswer.Yes));

        Assert.True(await intakes.CompleteAsync(intake!.Id, intake.Version));

        var saved = await intakes.GetAsync(intake.Id);
        Assert.Equal(IntakeStatus.Completed, saved!.Status);
        Assert.StartsWith("LAN-", saved.CaseReference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithADateInTheFuture_IsRefusedNamingTheDate()
    {
        await using var scope = await host.ScopeAsAsync("worker");
        var intakes = scope.ServiceProvider.GetRequiredService<IntakeService>();

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            intakes.CreateAsync(null, Concern(ScreeningOutcome.NotScreened) with { ReceivedOn = new DateOnly(2026, 12, 25) }));

        Assert.Contains("ReceivedOn", refused.Errors.Keys);
    }
}
