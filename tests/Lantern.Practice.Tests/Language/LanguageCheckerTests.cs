using Lantern.Practice.Language;
using Xunit;

namespace Lantern.Practice.Tests.Language;

public sealed class LanguageCheckerTests
{
    private static readonly LanguageChecker Checker = LanguageChecker.Default;

    [Fact]
    public void Check_EmptyText_FindsNothing() => Assert.Empty(Checker.Check(""));

    [Fact]
    public void Check_AgentlessPassive_ReportsOffsetsLineAndColumn()
    {
        const string text = "The worker visited.\nMs Garcia was assaulted on Saturday.";

        var finding = Assert.Single(Checker.Check(text));

        Assert.Equal(LanguageCategories.PerpetratorInvisible, finding.Category);
        Assert.Equal("was assaulted", finding.Text);
        Assert.Equal(text.IndexOf("was assaulted", StringComparison.Ordinal), finding.Start);
        Assert.Equal("was assaulted".Length, finding.Length);
        Assert.Equal(2, finding.Line);
        Assert.Equal(11, finding.Column);
    }

    [Fact]
    public void Check_EveryFinding_RecordsRuleIdAndRuleSetVersion()
    {
        var findings = Checker.Check("The couple's violence continues. Mother failed to protect the children.");

        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.False(string.IsNullOrEmpty(f.RuleId));
            Assert.Contains(Checker.RuleSets, s => s.Id == f.RuleSetId && s.Version == f.RuleSetVersion);
            Assert.False(string.IsNullOrEmpty(f.Message));
            Assert.False(string.IsNullOrEmpty(f.Reason));
        });
    }

    [Fact]
    public void Check_PassiveWithCaseRoles_FillsInTheRewrite()
    {
        var finding = Assert.Single(Checker.Check("She was pushed.", new LanguageContext("Mr Calder", "Ms Calder")));

        Assert.Equal("Mr Calder pushed Ms Calder", finding.Suggestions[0]);
    }

    [Fact]
    public void Check_Passive_RewriteReplacesFromThePersonHarmed()
    {
        const string text = "On Friday Ms Calder was pushed down the stairs.";

        var finding = Assert.Single(Checker.Check(text, new LanguageContext("Mr Calder", "Ms Calder")));
        var rewritten = text[..finding.ReplaceStart] + finding.Suggestions[0] + text[(finding.ReplaceStart + finding.ReplaceLength)..];

        Assert.Equal("On Friday Mr Calder pushed Ms Calder down the stairs.", rewritten);
    }

    [Fact]
    public void Check_PassiveWithoutRoles_UsesPlaceholders()
    {
        var finding = Assert.Single(Checker.Check("She was pushed."));

        Assert.Equal("{perpetrator} pushed {survivor}", finding.Suggestions[0]);
    }

    [Fact]
    public void Check_IrregularParticiple_RewritesInThePastTense()
    {
        var finding = Assert.Single(Checker.Check("The children saw their mother being beaten."));

        Assert.Equal("{perpetrator} beat their mother", finding.Suggestions[0]);
    }

    [Theory]
    [InlineData("Mr. Hart punched Ms. Hart. She was not injured.")]
    [InlineData("Dr. Singh examined Ms. Ray. Mr. Ray was arrested.")]
    public void Check_AbbreviatedTitles_DoNotEndSentences(string text) => Assert.Empty(Checker.Check(text));

    [Fact]
    public void Check_AbbreviatedTitle_StillNamesTheAgent()
    {
        Assert.Empty(Checker.Check("Ms. Thomas was raped by her partner, Mr. Thomas, on 2 February."));
    }

    [Theory]
    [InlineData("Ms Kaur said, \"I should have left sooner.\"")]
    [InlineData("Mr Kerr told police that \"she started it and we just argue like everyone\".")]
    [InlineData("The phrase \"volatile relationship\" has not been carried forward.")]
    [InlineData("This worker does not agree with the description of mother as \"non-protective\".")]
    [InlineData("Avoid minimising words (\"just\", \"only a push\", \"lost his temper\").")]
    public void Check_QuotedWordsOfOthers_AreEvidenceNotFindings(string text) => Assert.Empty(Checker.Check(text));

    [Fact]
    public void Check_ScareQuotedTermInWorkersOwnVoice_IsStillFlagged()
    {
        var finding = Assert.Single(Checker.Check("Mother remains \"non-protective\", as noted at the last conference."));

        Assert.Equal(LanguageCategories.VictimBlaming, finding.Category);
    }

    [Theory]
    [InlineData("There is no evidence that mother failed to protect the children.")]
    [InlineData("The worker did not ask Ms Ortiz why she stayed.")]
    [InlineData("It would be wrong to describe this as a volatile relationship.")]
    public void Check_NegatedOrRejectedFrame_IsClean(string text) => Assert.Empty(Checker.Check(text));

    [Theory]
    [InlineData("Mr Kerr denied hitting Ms Kerr.")]
    [InlineData("Mr Kerr claimed that they both lost their tempers.")]
    public void Check_PerpetratorsReportedAccount_IsNotTheWorkersFraming(string text) => Assert.Empty(Checker.Check(text));

    [Theory]
    [InlineData("Ms Holt's injuries were photographed by police.")]
    [InlineData("The children were enrolled at a new school.")]
    [InlineData("The children were collected by their aunt.")]
    [InlineData("She failed her driving test.")]
    [InlineData("He was promoted.")]
    [InlineData("The children were exposed to chickenpox at nursery.")]
    public void Check_OrdinaryUses_StayClean(string text) => Assert.Empty(Checker.Check(text));

    [Theory]
    [InlineData("en-GB", "domestic abuse")]
    [InlineData("en-US", "domestic violence")]
    [InlineData("en-AU", "family violence")]
    public void Check_LocaleProfile_UsesTheLocalTermInRewrites(string locale, string term)
    {
        var finding = Checker.Check("Police were called to a domestic dispute.", new LanguageContext(Locale: locale))
            .First(f => f.RuleId == "MIN-dispute");

        Assert.Contains(term, finding.Suggestions[0], StringComparison.Ordinal);
        Assert.Equal(term, Checker.Locale(locale)!.Term);
    }

    [Fact]
    public void AddTerm_AgencyPhrase_IsFlaggedWithTheAgencyRuleSetVersion()
    {
        var checker = LanguageChecker.CreateBuilder()
            .AddTerms("agency.north", "2026-03", [new AgencyTerm("kicked off", LanguageCategories.Mutualizing, "Local euphemism.", "Say what he did.", ["{perpetrator} assaulted {survivor}"], "AG-kicked-off")])
            .Build();

        var finding = checker.Check("Things kicked off again at the weekend.").Single(f => f.RuleId == "AG-kicked-off");

        Assert.Equal("agency.north", finding.RuleSetId);
        Assert.Equal("2026-03", finding.RuleSetVersion);
        Assert.Equal("kicked off", finding.Text);
    }

    [Fact]
    public void AddTerm_InsideQuotation_IsNotFlagged()
    {
        var checker = LanguageChecker.CreateBuilder()
            .AddTerm(new AgencyTerm("kicked off", LanguageCategories.Mutualizing, "Local euphemism.", "Say what he did."))
            .Build();

        Assert.DoesNotContain(checker.Check("Mr Day said \"it all kicked off because of her\"."), f => f.RuleSetId == "agency");
    }

    [Fact]
    public void AddWords_AgencyWordInAClass_ExtendsTheRules()
    {
        var checker = LanguageChecker.CreateBuilder().AddWords("VIOLENT_PARTICIPLE", "kneecapped").Build();

        Assert.Contains(checker.Check("Ms Fry was kneecapped in the pub."), f => f.RuleId == "PI-agentless-passive");
        Assert.DoesNotContain(LanguageChecker.Default.Check("Ms Fry was kneecapped in the pub."), f => f.RuleId == "PI-agentless-passive");
    }

    [Fact]
    public void AddTerms_UnknownCategory_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => LanguageChecker.CreateBuilder().AddTerm(new AgencyTerm("x", "blaming", "m", "r")));
    }

    [Fact]
    public void RuleSets_AreVersionedData()
    {
        Assert.Contains(Checker.RuleSets, s => s.Id == "lantern.victim_blaming" && s.RuleCount > 0);
        Assert.All(Checker.RuleSets, s => Assert.Matches(@"^\d+\.\d+\.\d+$", s.Version));
    }

    [Fact]
    public void Check_ManyThreadsAtOnce_GiveTheSameFindings()
    {
        const string text = "Ms Garcia was assaulted. The couple have been fighting. It was only a push.";
        var expected = Checker.Check(text).Select(f => f.RuleId).ToList();

        Parallel.For(0, 200, _ => Assert.Equal(expected, Checker.Check(text).Select(f => f.RuleId).ToList()));
    }

    [Fact]
    public void Check_LongNote_FindsAcrossLines()
    {
        var note = string.Join("\n", Enumerable.Repeat("Visit completed. Ms Long was assaulted on Friday. The children were at school.", 50));

        var findings = Checker.Check(note);

        Assert.Equal(50, findings.Count);
        Assert.Equal(Enumerable.Range(1, 50), findings.Select(f => f.Line));
    }

    [Fact]
    public void Check_ArbitraryCharacters_NeverThrows()
    {
        var random = new Random(5);
        const string alphabet = "abcdefghij KLMNOP.,;:!?\"'\u2019\u201C\u201D()-\n\t0123456789éß漢🙂";
        for (var i = 0; i < 500; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 400)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

            var findings = Checker.Check(text + " she was pushed");

            Assert.All(findings, f => Assert.True(f.Start >= 0 && f.Start + f.Length <= text.Length + 15));
        }
    }

    [Fact]
    public void Check_RunOnTextWithoutFullStops_StaysFast()
    {
        var text = string.Concat(Enumerable.Repeat("there is no evidence that she was pushed and the couple argue and it was only a push ", 20000));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var findings = Checker.Check(text);

        Assert.NotEmpty(findings);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
