using System.Collections.Frozen;

namespace Sightline.Linkage.Text;

/// <summary>
/// Normalises free text for comparison: lower case, Latin diacritics folded to ASCII
/// (Zoë → zoe, Łukasz → lukasz, Straße → strasse), punctuation dropped, runs of spaces and
/// hyphens collapsed to one space. Null, empty and blank text all normalise to null: missing.
/// </summary>
public static class TextFolding
{
    // Written out here rather than using Unicode decomposition: invariant globalisation is on,
    // and letters such as ł, ø and ß have no decomposition anyway.
    private static readonly FrozenDictionary<char, string> Folds = BuildFolds();

    /// <summary>The normalised form of <paramref name="text"/>, or null when nothing remains.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var buffer = text.Length <= 256 ? stackalloc char[text.Length * 2] : new char[text.Length * 2];
        var length = 0;
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    buffer[length++] = ' ';
                }
                pendingSpace = false;
                buffer[length++] = c;
            }
            else if (c is ' ' or '-' or '\t' or '_' or '/' or ',' or '.')
            {
                pendingSpace = true;
            }
            else if (c > 127 && Folds.TryGetValue(c, out var folded))
            {
                if (pendingSpace && length > 0)
                {
                    buffer[length++] = ' ';
                }
                pendingSpace = false;
                foreach (var f in folded)
                {
                    buffer[length++] = f;
                }
            }
            else if (c > 127 && char.IsLetter(c))
            {
                // A letter outside the fold table (Greek, Cyrillic, CJK) is kept as it is, so two
                // records in the same script still compare; it can never match a Latin spelling.
                if (pendingSpace && length > 0)
                {
                    buffer[length++] = ' ';
                }
                pendingSpace = false;
                buffer[length++] = c;
            }
            // Apostrophes and other punctuation vanish: O'Brien and OBrien are one spelling.
        }
        return length == 0 ? null : new string(buffer[..length]);
    }

    private static FrozenDictionary<char, string> BuildFolds()
    {
        var map = new Dictionary<char, string>();
        void Add(string from, string to)
        {
            foreach (var c in from)
            {
                map[c] = to;
            }
        }
        Add("àáâãäåāăąǎ", "a");
        Add("çćĉċč", "c");
        Add("ďđð", "d");
        Add("èéêëēĕėęě", "e");
        Add("ĝğġģ", "g");
        Add("ĥħ", "h");
        Add("ìíîïĩīĭįı", "i");
        Add("ĵ", "j");
        Add("ķ", "k");
        Add("ĺļľŀł", "l");
        Add("ñńņňŉ", "n");
        Add("òóôõöøōŏő", "o");
        Add("ŕŗř", "r");
        Add("śŝşšș", "s");
        Add("ţťŧț", "t");
        Add("ùúûüũūŭůűų", "u");
        Add("ŵ", "w");
        Add("ýÿŷ", "y");
        Add("źżž", "z");
        Add("ß", "ss");
        Add("æ", "ae");
        Add("œ", "oe");
        Add("þ", "th");
        Add("’‘`´", string.Empty);
        return map.ToFrozenDictionary();
    }
}
