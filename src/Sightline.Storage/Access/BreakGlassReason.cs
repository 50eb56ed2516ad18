namespace Sightline.Storage.Access;

/// <summary>
/// The rule for a break-glass reason: at least a sentence. One place, so the site's form and
/// <c>AccessFacts.GrantBreakGlassAsync</c> can never disagree.
/// </summary>
public static class BreakGlassReason
{
    /// <summary>The fewest characters a reason may have, leading and trailing spaces aside.</summary>
    public const int MinimumLength = 20;

    /// <summary>The fewest words a reason may have.</summary>
    public const int MinimumWords = 3;

    /// <summary>The most characters a reason may have: a reason, not a document.</summary>
    public const int MaximumLength = 2000;

    /// <summary>The rule in words, for a form's hint or error message.</summary>
    public const string Rule = "Give the reason in at least a sentence: 20 characters or more, in three words or more (at most 2,000 characters).";

    /// <summary>
    /// True when the reason is at least a sentence: <see cref="MinimumLength"/> characters or more
    /// once trimmed, at most <see cref="MaximumLength"/>, and <see cref="MinimumWords"/> words or
    /// more (a word is a run of characters between spaces that holds a letter or a digit, so
    /// "... ... ..." is not three words).
    /// </summary>
    /// <param name="reason">The reason as typed; null is not acceptable.</param>
    public static bool IsAcceptable(string? reason)
    {
        var text = reason?.Trim();
        if (text is null || text.Length < MinimumLength || text.Length > MaximumLength)
        {
            return false;
        }
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Count(word => word.Any(char.IsLetterOrDigit));
        return words >= MinimumWords;
    }
}
