using Lantern.Core.Cases;
using Lantern.Core.Notes;
using Lantern.Core.Validation;
using Lantern.Practice.Language;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>POST /api/v1/language/check: the pivot assistant over HTTP.</summary>
public static class LanguageEndpoints
{
    /// <summary>The longest text one request may check (about forty pages of case notes).</summary>
    public const int MaxTextLength = 100_000;

    public static void MapLanguageEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/language/check", CheckAsync)
            .WithTags("Language")
            .WithSummary("Find victim-blaming, mutualising, perpetrator-hiding, minimising and double-standard language in a text. "
                + "With a caseId the caller can see, rewrites name that case's perpetrator and survivor.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<Results<Ok<IReadOnlyList<LanguageFindingView>>, NotFound>> CheckAsync(LanguageCheckInput input,
        ParticipantService participants, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checker = LanguageChecker.Default;
        var locale = string.IsNullOrWhiteSpace(input.Locale) ? "en-GB" : input.Locale;
        var errors = new Dictionary<string, string[]>();
        if (input.Text is null)
        {
            errors["Text"] = ["Send the text to check."];
        }
        else if (input.Text.Length > MaxTextLength)
        {
            errors["Text"] = [$"Send at most {MaxTextLength:N0} characters at a time."];
        }

        if (checker.Locale(locale) is null)
        {
            errors["Locale"] = [$"Use one of: {string.Join(", ", checker.Locales.Order(StringComparer.Ordinal))}."];
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        var context = new LanguageContext(Locale: locale);
        if (input.CaseId is { } caseId)
        {
            if (await participants.ListAsync(caseId, cancellationToken) is not { } people)
            {
                return TypedResults.NotFound();
            }

            context = CaseLanguage.ContextFor(people, locale);
        }

        IReadOnlyList<LanguageFindingView> findings = [.. checker.Check(input.Text!, context).Select(LanguageFindingView.From)];
        return TypedResults.Ok(findings);
    }
}

public sealed record LanguageCheckInput(string? Text, string? Locale = null, Guid? CaseId = null);

/// <summary>One finding on the wire; offsets are UTF-16 code units, line and column 1-based.</summary>
public sealed record LanguageFindingView(
    int Offset,
    int Length,
    int Line,
    int Column,
    string Category,
    string Rule,
    string RuleSet,
    string RuleSetVersion,
    string Text,
    string Message,
    string Reason,
    IReadOnlyList<string> Suggestions,
    int ReplaceOffset,
    int ReplaceLength)
{
    public static LanguageFindingView From(LanguageFinding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.Start, f.Length, f.Line, f.Column, f.Category, f.RuleId, f.RuleSetId, f.RuleSetVersion, f.Text, f.Message, f.Reason,
            f.Suggestions, f.ReplaceStart, f.ReplaceLength);
    }
}
