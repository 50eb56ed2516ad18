using Microsoft.EntityFrameworkCore;
using Sightline.Core.Persons;
using Sightline.Core.Vocabulary;
using Sightline.Linkage.Resolution;
using Sightline.Storage.Audit;
using Sightline.Storage.Protocols;
using Sightline.Storage.Queries;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Resolution;

/// <summary>
/// What practitioners do with identity resolution: read the review list with its evidence, link
/// a pair as one person, keep a pair apart, and undo a link. Every decision is stored with who
/// made it and why, written to the audit log against both records, and followed at once by a run
/// of the protocols over the families concerned, because what is known about each of them has
/// changed.
/// </summary>
public sealed class IdentityDecisions(IDbContextFactory<SightlineDbContext> contexts, AuditLog audit, LiveProtocols live, TimeProvider clock)
{
    /// <summary>Who made a link the system made, in the link and the audit log.</summary>
    public const string SystemActor = "sightline";

    /// <summary>The outcome of a review whose pair was linked.</summary>
    public const string Linked = "linked";

    /// <summary>The outcome of a review whose pair was kept apart.</summary>
    public const string KeptApart = "kept-apart";

    /// <summary>The open reviews, most likely matches first.</summary>
    public async Task<IReadOnlyList<IdentityReview>> OpenReviewsAsync(int limit = 200, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Set<IdentityReviewRow>().AsNoTracking()
            .Where(r => r.Outcome == null)
            .OrderByDescending(r => r.Probability).ThenBy(r => r.Id)
            .Take(limit)
            .ToListAsync(ct);
        return await WithRecordsAsync(db, rows, ct);
    }

    /// <summary>One review, open or decided; null when there is none with that id.</summary>
    public async Task<IdentityReview?> FindReviewAsync(long id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Set<IdentityReviewRow>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        return row is null ? null : (await WithRecordsAsync(db, [row], ct)).SingleOrDefault();
    }

    /// <summary>Every link, live or undone, between records of the person's cluster, oldest first.</summary>
    public async Task<IReadOnlyList<IdentityLink>> LinksOfAsync(PersonId person, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var cluster = await ClusterOfAsync(db, person.Value, ct);
        var rows = await db.Set<IdentityLinkRow>().AsNoTracking()
            .Where(l => cluster.Contains(l.RecordId) || cluster.Contains(l.OtherRecordId))
            .OrderBy(l => l.Id)
            .ToListAsync(ct);
        return rows.Select(ToLink).ToList();
    }

    /// <summary>Links, live or undone, with a record of <paramref name="agency"/> on either side, newest first.</summary>
    public async Task<IReadOnlyList<IdentityLink>> RecentLinksAsync(Core.Agencies.AgencyId agency, int limit = 100, CancellationToken ct = default)
    {
        var prefix = agency.Value + ":";
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Set<IdentityLinkRow>().AsNoTracking()
            .Where(l => l.RecordId.StartsWith(prefix) || l.OtherRecordId.StartsWith(prefix))
            .OrderByDescending(l => l.Id)
            .Take(limit)
            .ToListAsync(ct);
        return rows.Select(ToLink).ToList();
    }

    /// <summary>The records resolved as one person with <paramref name="person"/>, the naming record first.</summary>
    public async Task<IReadOnlyList<PersonId>> RecordsOfAsync(PersonId person, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return (await ClusterOfAsync(db, person.Value, ct)).Select(p => new PersonId(p)).ToList();
    }

    /// <summary>Links the pair of an open review as one person.</summary>
    /// <exception cref="InvalidOperationException">When the review is unknown or already decided, or the link would join two different NHS numbers.</exception>
    public async Task<IdentityLink> LinkAsync(long reviewId, DecisionMaker by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        IdentityLinkRow link;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var review = await OpenReviewAsync(db, reviewId, ct);
            if (await Clusters.WouldJoinTwoNhsNumbersAsync(db, review.RecordId, review.OtherRecordId, ct))
            {
                throw new InvalidOperationException("These records cannot be one person: linking them would join two different NHS numbers. Keep them apart, or correct the NHS number at its source.");
            }
            link = new IdentityLinkRow
            {
                RecordId = review.RecordId,
                OtherRecordId = review.OtherRecordId,
                Method = Wire.Name(ResolutionMethod.Practitioner),
                Probability = review.Probability,
                Evidence = review.Evidence,
                LinkedAt = StoredTime.Now(clock),
                LinkedBy = by.User,
            };
            await Clusters.LinkAsync(db, link, ct);
            Decide(review, Linked, by);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        await AuditBothAsync(by, AuditAction.Link, link.RecordId, link.OtherRecordId, $"review {reviewId}: linked as one person (p = {link.Probability:0.000})", null, ct);
        await live.RunForPersonsAsync([new PersonId(link.RecordId), new PersonId(link.OtherRecordId)], ct);
        return ToLink(link);
    }

    /// <summary>Keeps the pair of an open review apart: two people, never raised or linked by the system again.</summary>
    /// <exception cref="InvalidOperationException">When the review is unknown or already decided.</exception>
    public async Task KeepApartAsync(long reviewId, DecisionMaker by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        string record, other;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var review = await OpenReviewAsync(db, reviewId, ct);
            Decide(review, KeptApart, by);
            await db.SaveChangesAsync(ct);
            (record, other) = (review.RecordId, review.OtherRecordId);
        }
        await AuditBothAsync(by, AuditAction.KeepApart, record, other, $"review {reviewId}: kept apart as two people", null, ct);
    }

    /// <summary>
    /// Undoes a link: the records' cluster splits along the links that remain, each family is read
    /// again without the other's records, and the system will not link the pair again.
    /// </summary>
    /// <exception cref="ArgumentException">When no reason is given.</exception>
    /// <exception cref="InvalidOperationException">When the link is unknown or already undone.</exception>
    public async Task<IdentityLink> UnlinkAsync(long linkId, DecisionMaker by, string reason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("Say why the records are not one person.", nameof(reason));
        }
        IdentityLinkRow link;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            link = await db.Set<IdentityLinkRow>().SingleOrDefaultAsync(l => l.Id == linkId, ct)
                ?? throw new InvalidOperationException($"There is no link {linkId}.");
            if (link.UnlinkedAt is not null)
            {
                throw new InvalidOperationException($"Link {linkId} was already undone.");
            }
            (link.UnlinkedAt, link.UnlinkedBy, link.UnlinkReason) = (StoredTime.Now(clock), by.User, reason.Trim());
            await db.SaveChangesAsync(ct);
            var resolved = await db.Set<PersonRow>().Where(p => p.Id == link.RecordId).Select(p => p.ResolvedId).SingleAsync(ct);
            if (resolved is not null)
            {
                await Clusters.SplitAsync(db, resolved, ct);
            }
            await transaction.CommitAsync(ct);
        }
        await AuditBothAsync(by, AuditAction.Unlink, link.RecordId, link.OtherRecordId, $"link {linkId} undone", reason.Trim(), ct);
        await live.RunForPersonsAsync([new PersonId(link.RecordId), new PersonId(link.OtherRecordId)], ct);
        return ToLink(link);
    }

    internal static IdentityLink ToLink(IdentityLinkRow row) => new(
        row.Id,
        new PersonId(row.RecordId),
        new PersonId(row.OtherRecordId),
        Wire.TryParse<ResolutionMethod>(row.Method, out var method) ? method.Value : ResolutionMethod.Model,
        row.Probability,
        EvidenceJson.Read(row.Evidence),
        row.LinkedAt,
        row.LinkedBy,
        row.UnlinkedAt,
        row.UnlinkedBy,
        row.UnlinkReason);

    private static async Task<List<string>> ClusterOfAsync(SightlineDbContext db, string person, CancellationToken ct)
    {
        var resolved = await db.Set<PersonRow>().Where(p => p.Id == person).Select(p => p.ResolvedId).SingleOrDefaultAsync(ct);
        if (resolved is null)
        {
            return [person];
        }
        var members = await db.Set<PersonRow>().Where(p => p.ResolvedId == resolved).Select(p => p.Id).ToListAsync(ct);
        return [resolved, .. members.Where(m => m != resolved).Order(StringComparer.Ordinal)];
    }

    private static async Task<IdentityReviewRow> OpenReviewAsync(SightlineDbContext db, long reviewId, CancellationToken ct)
    {
        var review = await db.Set<IdentityReviewRow>().SingleOrDefaultAsync(r => r.Id == reviewId, ct)
            ?? throw new InvalidOperationException($"There is no review {reviewId}.");
        return review.Outcome is null ? review : throw new InvalidOperationException($"Review {reviewId} was already decided ({review.Outcome}).");
    }

    private void Decide(IdentityReviewRow review, string outcome, DecisionMaker by) =>
        (review.Outcome, review.DecidedAt, review.DecidedBy) = (outcome, StoredTime.Now(clock), by.User);

    private async Task AuditBothAsync(DecisionMaker by, AuditAction action, string record, string other, string what, string? why, CancellationToken ct)
    {
        foreach (var (person, counterpart) in new[] { (record, other), (other, record) })
        {
            await audit.AppendAsync(new AuditRecord(by.User, by.Agency, by.Role, action, new PersonId(person), $"{what}; other record {counterpart}", why, by.From), ct);
        }
    }

    private static async Task<IReadOnlyList<IdentityReview>> WithRecordsAsync(SightlineDbContext db, IReadOnlyList<IdentityReviewRow> rows, CancellationToken ct)
    {
        var ids = rows.SelectMany(r => new[] { r.RecordId, r.OtherRecordId }).Distinct().ToList();
        var persons = await db.Set<PersonRow>().AsNoTracking().Include(p => p.History).Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, RowMapping.ToPerson, StringComparer.Ordinal, ct);
        return rows.Where(r => persons.ContainsKey(r.RecordId) && persons.ContainsKey(r.OtherRecordId))
            .Select(r => new IdentityReview(r.Id, persons[r.RecordId], persons[r.OtherRecordId], r.Probability, EvidenceJson.Read(r.Evidence), r.RaisedAt, r.Outcome, r.DecidedBy))
            .ToList();
    }
}
