using Sightline.Linkage.Text;

namespace Sightline.Web.Children;

/// <summary>
/// Whether a name typed into the search is this child's, with identity resolution's text tools:
/// case, accents and hyphens folded (<see cref="TextFolding"/>). Every word typed must begin a word
/// of the name ("hart", "ruby h"). When the date of birth also matches, a word may instead be a
/// known short form (Bobby for Robert, <see cref="NicknameTable"/>), sound the same
/// (<see cref="Nysiis"/>: Rubie for Ruby), or be a close spelling: one letter added, missed, changed
/// or swapped (Popy for Poppy), or Jaro–Winkler at least <see cref="CloseSpelling"/>. A word with
/// anything but letters, spaces, hyphens and apostrophes matches nothing: it is no name.
/// </summary>
internal static class NameMatch
{
    /// <summary>The Jaro–Winkler similarity from which two spellings may be the same name.</summary>
    public const double CloseSpelling = 0.88;

    public static bool Matches(string typed, string name, bool closeSpellings)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(name);
        if (!typed.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '’'))
        {
            return false;
        }
        var wanted = Words(typed);
        var words = Words(name);
        return wanted.Length > 0 && wanted.All(w => words.Any(n => Same(w, n, closeSpellings)));
    }

    /// <summary>The shortest word that a one-letter slip may match: shorter ones are too alike.</summary>
    private const int ShortestForSlips = 4;

    private static bool Same(string typed, string word, bool closeSpellings) =>
        word.StartsWith(typed, StringComparison.Ordinal)
        || (closeSpellings && (
            NicknameTable.Default.AreAliases(typed, word)
            || (typed.Length >= ShortestForSlips && EditDistance.DamerauLevenshtein(typed, word, 1) <= 1)
            || (typed.Length >= ShortestForSlips && Nysiis.Encode(typed) == Nysiis.Encode(word))
            || JaroWinkler.Similarity(typed, word) >= CloseSpelling));

    private static string[] Words(string text) =>
        TextFolding.Normalize(text.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal))?.Split(' ') ?? [];
}
