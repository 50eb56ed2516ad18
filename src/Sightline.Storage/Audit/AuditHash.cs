using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sightline.Storage.Audit;

/// <summary>
/// The hash that chains audit entries: SHA-256, as lower-case hex, over the UTF-8 bytes of the
/// entry's canonical text. That text is a format line, <c>sightline-audit/1</c>, then one line per
/// field in a fixed order — sequence, at, actor, agency, role, action, person, what, why, from,
/// previous-hash — each written <c>NAME LENGTH:VALUE</c>, where LENGTH is the value's length in
/// UTF-8 bytes, or <c>NAME -</c> for a missing value. The length prefix means no value can run into
/// the next field (whatever it contains, newlines included), and an empty value differs from a
/// missing one. The sequence is invariant decimal; the instant is UTC in the round-trip form
/// (<c>2026-11-21T09:30:00.1234560Z</c>); the action is its wire name (<c>sign-in-failed</c>).
/// </summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first entry: 64 zeros.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The length of a hash in hex digits.</summary>
    public const int Length = 64;

    /// <summary>The first line of the canonical text; a new canonical form would get a new one.</summary>
    public const string Format = "sightline-audit/1";

    /// <summary>The canonical text of an entry, the input of its hash (the entry's own hash is not part of it).</summary>
    /// <param name="entry">The entry.</param>
    public static string CanonicalText(AuditEntry entry) => CanonicalTextOf(AuditRows.ToRow(entry));

    /// <summary>The hash an entry should carry, computed from its fields and its previous hash.</summary>
    /// <param name="entry">The entry.</param>
    public static string Of(AuditEntry entry) => Of(AuditRows.ToRow(entry));

    /// <summary>The hash of a stored row, from exactly what the row holds.</summary>
    internal static string Of(AuditEntryRow row) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalTextOf(row))));

    private static string CanonicalTextOf(AuditEntryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var text = new StringBuilder(Format).Append('\n');
        Field(text, "sequence", row.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, "at", row.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        Field(text, "actor", row.Actor);
        Field(text, "agency", row.AgencyId);
        Field(text, "role", row.Role);
        Field(text, "action", row.Action);
        Field(text, "person", row.PersonId);
        Field(text, "what", row.What);
        Field(text, "why", row.Why);
        Field(text, "from", row.FromAddress);
        Field(text, "previous-hash", row.PreviousHash);
        return text.ToString();
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        text.Append(name).Append(' ');
        if (value is null)
        {
            text.Append('-');
        }
        else
        {
            text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }
        text.Append('\n');
    }
}
