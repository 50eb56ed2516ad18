using System.Text;

namespace Sightline.Linkage.Text;

/// <summary>
/// The New York State Identification and Intelligence System phonetic code (Taft, 1970), for
/// names. Chosen over Soundex for British and Irish names because it keeps the first letter
/// and vowel positions, folds the Mac/Mc, Kn, Ph and Sch spellings that Soundex treats as
/// different (MacDonald ~ McDonald, Philips ~ Filips), and
/// is far smaller than Double Metaphone while close to it on surname tests. Codes are
/// truncated to six letters as in the original.
/// </summary>
public static class Nysiis
{
    /// <summary>The longest code, as in Taft's original algorithm.</summary>
    public const int MaxLength = 6;

    /// <summary>The code of <paramref name="name"/> (letters a–z only, others ignored); empty when no letters.</summary>
    public static string Encode(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }
        var letters = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is >= 'A' and <= 'Z')
            {
                letters.Append(upper);
            }
        }
        if (letters.Length == 0)
        {
            return string.Empty;
        }
        var word = FirstAndLast(letters.ToString());
        var key = new StringBuilder(word.Length);
        key.Append(word[0]);
        var chars = word.ToCharArray();
        for (var i = 1; i < chars.Length; i++)
        {
            var replacement = Translate(chars, i);
            foreach (var r in replacement)
            {
                if (key[^1] != r)
                {
                    key.Append(r);
                }
            }
        }
        if (key.Length > 1 && key[^1] == 'S')
        {
            key.Length--;
        }
        if (key.Length > 2 && key[^2] == 'A' && key[^1] == 'Y')
        {
            key.Remove(key.Length - 2, 1);
        }
        if (key.Length > 1 && key[^1] == 'A')
        {
            key.Length--;
        }
        return key.Length > MaxLength ? key.ToString(0, MaxLength) : key.ToString();
    }

    private static string FirstAndLast(string word)
    {
        if (word.StartsWith("MAC", StringComparison.Ordinal))
        {
            word = "MCC" + word[3..];
        }
        else if (word.StartsWith("KN", StringComparison.Ordinal))
        {
            word = "NN" + word[2..];
        }
        else if (word[0] == 'K')
        {
            word = "C" + word[1..];
        }
        else if (word.StartsWith("PH", StringComparison.Ordinal) || word.StartsWith("PF", StringComparison.Ordinal))
        {
            word = "FF" + word[2..];
        }
        else if (word.StartsWith("SCH", StringComparison.Ordinal))
        {
            word = "SSS" + word[3..];
        }
        if (word.EndsWith("EE", StringComparison.Ordinal) || word.EndsWith("IE", StringComparison.Ordinal))
        {
            word = word[..^2] + "Y";
        }
        else if (word.Length > 2 && (word.EndsWith("DT", StringComparison.Ordinal) || word.EndsWith("RT", StringComparison.Ordinal)
            || word.EndsWith("RD", StringComparison.Ordinal) || word.EndsWith("NT", StringComparison.Ordinal)
            || word.EndsWith("ND", StringComparison.Ordinal)))
        {
            word = word[..^2] + "D";
        }
        return word;
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    // Rewrites chars in place (so later letters see the earlier translation) and returns what to append.
    private static string Translate(char[] chars, int i)
    {
        var c = chars[i];
        var next = i + 1 < chars.Length ? chars[i + 1] : '\0';
        if (c == 'E' && next == 'V')
        {
            chars[i] = 'A';
            chars[i + 1] = 'F';
            return "A";
        }
        if (IsVowel(c))
        {
            chars[i] = 'A';
            return "A";
        }
        switch (c)
        {
            case 'Q':
                chars[i] = 'G';
                return "G";
            case 'Z':
                chars[i] = 'S';
                return "S";
            case 'M':
                chars[i] = 'N';
                return "N";
            case 'K' when next == 'N':
                chars[i] = 'N';
                return "N";
            case 'K':
                chars[i] = 'C';
                return "C";
            case 'S' when next == 'C' && i + 2 < chars.Length && chars[i + 2] == 'H':
                chars[i + 1] = chars[i + 2] = 'S';
                return "S";
            case 'P' when next == 'H':
                chars[i] = chars[i + 1] = 'F';
                return "F";
            case 'H' when !IsVowel(chars[i - 1]) || (next != '\0' && !IsVowel(next)):
                chars[i] = chars[i - 1];
                return chars[i].ToString();
            case 'W' when IsVowel(chars[i - 1]):
                chars[i] = chars[i - 1];
                return chars[i].ToString();
            default:
                return c.ToString();
        }
    }
}
