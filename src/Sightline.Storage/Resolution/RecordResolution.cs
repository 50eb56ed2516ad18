using Microsoft.EntityFrameworkCore;
using Sightline.Core.Persons;
using Sightline.Core.Vocabulary;
using Sightline.Linkage.Resolution;
using Sightline.Storage.Queries;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Resolution;

/// <summary>
/// Resolves the persons a batch brought against the records already stored, inside the batch's
/// transaction: candidates are found by the database's indexes (the same NHS number, the same
/// date of birth or with day and month swapped, the same postcode, the same surname sound and
/// year of birth), the resolver decides, links
/// are made and pairs put on the review list. A pair a practitioner kept apart, or whose link was
/// undone, is never linked or raised again by the system: a person's decision stands.
/// </summary>
internal sealed class RecordResolution(SightlineDbContext db, PersonResolver resolver, TimeProvider clock)
{
    /// <summary>The system's name in <c>linked_by</c>.</summary>
    public const string System = IdentityDecisions.SystemActor;

    // Bounds the IN lists so that a large batch stays within every database's parameter limits.
    private const int Chunk = 300;

    public async Task<ResolutionReceipt> ResolveAsync(IReadOnlyList<Person> persons, CancellationToken ct)
    {
        var ids = persons.Where(PersonResolver.IsResolvable).Select(p => p.Id.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return ResolutionReceipt.None;
        }
        var links = new List<IdentityLink>();
        var reviews = 0;
        foreach (var chunk in ids.Chunk(Chunk))
        {
            var (madeLinks, madeReviews) = await ResolveChunkAsync(chunk, ct);
            links.AddRange(madeLinks);
            reviews += madeReviews;
        }
        return links.Count == 0 && reviews == 0 ? ResolutionReceipt.None : new ResolutionReceipt(links, reviews);
    }

    private async Task<(List<IdentityLink> Links, int Reviews)> ResolveChunkAsync(string[] ids, CancellationToken ct)
    {
        // The stored rows, not the batch's persons: a record completed by earlier batches compares on everything known of it.
        var incoming = await db.Set<PersonRow>().AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var numbers = incoming.Where(p => p.NhsNumber != null).Select(p => p.NhsNumber!).Distinct().ToList();
        var births = incoming.Where(p => p.Born != null).SelectMany(p => BirthKeys(p.Born!.Value)).Distinct().ToList();
        var postcodes = incoming.Where(p => p.Postcode != null).Select(p => p.Postcode!).Distinct().ToList();
        var surnames = incoming.Where(p => p.SurnameKey != null).Select(p => p.SurnameKey!).Distinct().ToList();
        var candidates = await db.Set<PersonRow>().AsNoTracking()
            .Where(p => p.Role != PersonRole.Unborn
                && ((p.NhsNumber != null && numbers.Contains(p.NhsNumber))
                    || (p.Born != null && births.Contains(p.Born.Value))
                    || (p.Postcode != null && postcodes.Contains(p.Postcode))
                    || (p.SurnameKey != null && surnames.Contains(p.SurnameKey))))
            .ToListAsync(ct);
        var decided = await DecidedPairsAsync(ids, ct);
        var raised = await RaisedPairsAsync(ids, ct);
        // Links and reviews are decided in memory, record after record as before, and written once at the end.
        var clusters = await HeldClusters.ReadAsync(db, candidates.Concat(incoming), ct);
        var index = new CandidateIndex(candidates);
        var madeLinks = new List<IdentityLinkRow>();
        var reviews = 0;
        foreach (var row in incoming)
        {
            var person = RowMapping.ToPerson(row);
            var compared = index.Sharing(row)
                .Where(i => !decided.Contains(Pair(row.Id, index.RowAt(i).Id)) && clusters.NameOf(index.RowAt(i).Id) != clusters.NameOf(row.Id))
                .Select(index.PersonAt)
                .ToList();
            foreach (var decision in resolver.Decide(person, compared))
            {
                var other = decision.Known.Value;
                if (clusters.NameOf(other) == clusters.NameOf(row.Id))
                {
                    continue;
                }
                // A record without a number may match two people who each have one: a person decides.
                if (decision.Outcome == ResolutionOutcome.Link && !clusters.WouldJoinTwoNhsNumbers(row.Id, other))
                {
                    if (clusters.Link(row.Id, other))
                    {
                        var link = NewLink(row.Id, other, decision.Method, decision.Probability, EvidenceJson.Write(decision.Evidence), System);
                        db.Add(link);
                        madeLinks.Add(link);
                    }
                }
                else if (raised.Add(Pair(row.Id, other)))
                {
                    AddReview(row.Id, other, decision);
                    reviews++;
                }
            }
        }
        await SaveAddedAsync(madeLinks.Count + reviews, ct);
        await clusters.WriteAsync(db, ct);
        return (madeLinks.Select(IdentityDecisions.ToLink).ToList(), reviews);
    }

    internal IdentityLinkRow NewLink(string record, string other, ResolutionMethod method, double probability, string evidence, string by) => new()
    {
        RecordId = record,
        OtherRecordId = other,
        Method = Wire.Name(method),
        Probability = probability,
        Evidence = evidence,
        LinkedAt = Audit.StoredTime.Now(clock),
        LinkedBy = by,
    };

    /// <summary>
    /// Saves the links and reviews added, if any, without looking for changes in the thousands of
    /// rows the batch's upsert left tracked (saved already, and not changed since): that search
    /// cost about a second a round on a batch of 5,000 persons.
    /// </summary>
    private async Task SaveAddedAsync(int added, CancellationToken ct)
    {
        if (added == 0)
        {
            return;
        }
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private void AddReview(string record, string other, ResolutionDecision decision) =>
        // The arriving record first and the known one second, as in a link, so that linking the pair later keeps the known record's name.
        db.Add(new IdentityReviewRow
        {
            RecordId = record,
            OtherRecordId = other,
            Probability = decision.Probability,
            Evidence = EvidenceJson.Write(decision.Evidence),
            RaisedAt = Audit.StoredTime.Now(clock),
        });

    /// <summary>Pairs already on the review list, whatever their outcome: a pair is raised once.</summary>
    private async Task<HashSet<(string, string)>> RaisedPairsAsync(string[] ids, CancellationToken ct)
    {
        var raised = await db.Set<IdentityReviewRow>().AsNoTracking()
            .Where(r => ids.Contains(r.RecordId) || ids.Contains(r.OtherRecordId))
            .Select(r => new { r.RecordId, r.OtherRecordId })
            .ToListAsync(ct);
        return raised.Select(r => Pair(r.RecordId, r.OtherRecordId)).ToHashSet();
    }

    /// <summary>Pairs a person has decided on: kept apart on the review list, or linked and then unlinked.</summary>
    private async Task<HashSet<(string, string)>> DecidedPairsAsync(string[] ids, CancellationToken ct)
    {
        var kept = await db.Set<IdentityReviewRow>().AsNoTracking()
            .Where(r => r.Outcome == IdentityDecisions.KeptApart && (ids.Contains(r.RecordId) || ids.Contains(r.OtherRecordId)))
            .Select(r => new { r.RecordId, r.OtherRecordId })
            .ToListAsync(ct);
        var undone = await db.Set<IdentityLinkRow>().AsNoTracking()
            .Where(l => l.UnlinkedAt != null && (ids.Contains(l.RecordId) || ids.Contains(l.OtherRecordId)))
            .Select(l => new { l.RecordId, l.OtherRecordId })
            .ToListAsync(ct);
        return kept.Select(k => Pair(k.RecordId, k.OtherRecordId))
            .Concat(undone.Select(u => Pair(u.RecordId, u.OtherRecordId)))
            .ToHashSet();
    }

    /// <summary>A date of birth, and the same with day and month swapped when that is a date too (a common slip).</summary>
    internal static DateOnly[] BirthKeys(DateOnly born) =>
        born.Day <= 12 && born.Day != born.Month ? [born, new DateOnly(born.Year, born.Day, Math.Min(born.Month, DateTime.DaysInMonth(born.Year, born.Day)))] : [born];

    internal static (string, string) Pair(string a, string b) => Ordered(a, b);

    internal static (string First, string Second) Ordered(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
