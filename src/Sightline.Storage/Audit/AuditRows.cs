using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Core.Vocabulary;

namespace Sightline.Storage.Audit;

/// <summary>Turns audit entries into rows and back.</summary>
internal static class AuditRows
{
    /// <summary>A new row for a record at a place in the chain; its hash is computed here.</summary>
    public static AuditEntryRow Seal(long sequence, DateTimeOffset at, AuditRecord record, string previousHash)
    {
        var row = new AuditEntryRow
        {
            Sequence = sequence,
            At = at,
            Actor = record.Actor,
            AgencyId = record.Agency?.Value,
            Role = record.Role,
            Action = Wire.Name(record.Action),
            PersonId = record.Person?.Value,
            What = record.What,
            Why = record.Why,
            FromAddress = record.From,
            PreviousHash = previousHash,
            Hash = "",
        };
        row.Hash = AuditHash.Of(row);
        return row;
    }

    public static AuditEntryRow ToRow(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new AuditEntryRow
        {
            Sequence = entry.Sequence,
            At = entry.At,
            Actor = entry.Actor,
            AgencyId = entry.Agency?.Value,
            Role = entry.Role,
            Action = Wire.Name(entry.Action),
            PersonId = entry.Person?.Value,
            What = entry.What,
            Why = entry.Why,
            FromAddress = entry.From,
            PreviousHash = entry.PreviousHash,
            Hash = entry.Hash,
        };
    }

    public static AuditEntry ToEntry(AuditEntryRow row) => new(
        row.Sequence,
        row.At,
        row.Actor,
        row.AgencyId is null ? null : new AgencyId(row.AgencyId),
        row.Role,
        Wire.TryParse<AuditAction>(row.Action, out var action)
            ? action.Value
            : throw new InvalidOperationException($"Audit entry {row.Sequence} has an unknown action '{row.Action}'; run 'sightline audit verify'."),
        row.PersonId is null ? null : new PersonId(row.PersonId),
        row.What,
        row.Why,
        row.FromAddress,
        row.PreviousHash,
        row.Hash);
}
