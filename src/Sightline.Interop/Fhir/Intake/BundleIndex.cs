using System.Text.RegularExpressions;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// The entries of one transaction, by <c>fullUrl</c> and by <c>{resourceType}/{id}</c>, resolving
/// references as R4 resolves them inside a bundle: a reference equal to an entry's <c>fullUrl</c>
/// (a <c>urn:uuid:</c> or an absolute URL), or a relative <c>Type/id</c> matching an entry's type
/// and id (or the end of a RESTful <c>fullUrl</c>). A version (<c>/_history/n</c>) is ignored.
/// </summary>
internal sealed partial class BundleIndex
{
    private readonly Dictionary<string, BundleEntry> byFullUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BundleEntry> byKey = new(StringComparer.Ordinal);

    /// <summary>Adds an entry; false (and nothing added) when its fullUrl or its type and id are already there.</summary>
    public bool TryAdd(BundleEntry entry, out BundleEntry? clash)
    {
        clash = null;
        if (entry.FullUrl is { } url && byFullUrl.TryGetValue(url, out var sameUrl))
        {
            clash = sameUrl;
            return false;
        }
        if (byKey.TryGetValue(entry.Key, out var sameKey))
        {
            clash = sameKey;
            return false;
        }
        if (entry.FullUrl is { } fullUrl)
        {
            byFullUrl[fullUrl] = entry;
        }
        byKey[entry.Key] = entry;
        if (entry.Id is { } id)
        {
            byKey.TryAdd($"{entry.ResourceType}/{id}", entry);
        }
        if (entry.FullUrl is { } restful && RestfulTail().Match(restful) is { Success: true } tail)
        {
            byKey.TryAdd($"{tail.Groups["type"].Value}/{tail.Groups["id"].Value}", entry);
        }
        return true;
    }

    /// <summary>The entry a reference names, or null when it names nothing in the bundle.</summary>
    public BundleEntry? Resolve(string reference)
    {
        var unversioned = History().Replace(reference, "");
        if (byFullUrl.TryGetValue(unversioned, out var entry))
        {
            return entry;
        }
        if (Relative().IsMatch(unversioned) && byKey.TryGetValue(unversioned, out entry))
        {
            return entry;
        }
        return null;
    }

    [GeneratedRegex(@"/_history/[^/]+$", RegexOptions.CultureInvariant)]
    private static partial Regex History();

    [GeneratedRegex(@"^[A-Z][A-Za-z]+/[A-Za-z0-9\-.]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    [GeneratedRegex(@"^https?://.+/(?<type>[A-Z][A-Za-z]+)/(?<id>[A-Za-z0-9\-.]{1,64})$", RegexOptions.CultureInvariant)]
    private static partial Regex RestfulTail();
}
