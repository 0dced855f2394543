using System.Globalization;

namespace Lantern.Core.Sharing;

/// <summary>
/// One revision of an agreement's terms, kept when it is made: who changed what and why, and when it was approved.
/// The parties' terms are kept as <c>agency:categories:consent</c> separated by semicolons, as they stood then.
/// </summary>
public sealed class AgreementRevision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgreementId { get; set; }
    public int Revision { get; set; }
    public string Title { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string Parties { get; set; } = "";
    public string Reason { get; set; } = "";
    public Guid RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }

    public static string Encode(IEnumerable<AgreementParty> parties) =>
        string.Join(';', parties.OrderBy(p => p.AgencyId).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.AgencyId}:{(int)p.Categories}:{(p.ConsentRequired ? 1 : 0)}")));

    public IReadOnlyList<(Guid AgencyId, InformationCategory Categories, bool ConsentRequired)> Decode() =>
        Parties.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(':'))
            .Select(p => (Guid.Parse(p[0], CultureInfo.InvariantCulture), (InformationCategory)int.Parse(p[1], CultureInfo.InvariantCulture), p[2] == "1"))
            .ToList();
}

/// <summary>Whether new terms give any agency more than the old: a new party, a category, no longer needing consent, or a longer period.</summary>
public static class AgreementTerms
{
    public static bool Widens(SharingAgreement old, AgreementInput proposed)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(proposed);
        foreach (var party in proposed.Parties ?? [])
        {
            var before = old.Parties.FirstOrDefault(p => p.AgencyId == party.AgencyId);
            if (before is null || (party.Categories & ~before.Categories) != InformationCategory.None || (before.ConsentRequired && !party.ConsentRequired))
            {
                return true;
            }
        }

        return proposed.StartsOn < old.StartsOn || (old.EndsOn is { } ends && (proposed.EndsOn is null || proposed.EndsOn > ends));
    }
}
