namespace Sightline.Interop.IntakeCsv;

/// <summary>
/// The source ids of a file seen so far, with the line of each, held as 64-bit hashes (FNV-1a) so
/// that a million rows cost megabytes, not the ids themselves. Two different ids share a hash
/// with a chance of about one in 10^7 in a million-row file; the repeat reported would then name
/// a line whose id differs, and the file can be imported in two parts.
/// </summary>
internal sealed class SourceIdLedger
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private readonly Dictionary<ulong, int> lines = [];

    /// <summary>Records an id at a line; returns the line it was first seen on when it was seen before.</summary>
    public int? Add(string sourceId, int line)
    {
        var hash = Hash(sourceId);
        if (lines.TryGetValue(hash, out var first))
        {
            return first;
        }
        lines.Add(hash, line);
        return null;
    }

    private static ulong Hash(string text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }
        return hash;
    }
}
