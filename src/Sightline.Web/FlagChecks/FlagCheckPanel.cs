using System.Globalization;
using Sightline.Storage.Flags;
using Sightline.Web.Presentation;

namespace Sightline.Web.FlagChecks;

/// <summary>
/// A flag check's answer as the flag check page shows it at a glance: the panel's colour and
/// title for each outcome — a flag never looks like a clear, and "cannot say" never looks like
/// either — and the lines beneath it, in the words <see cref="FlagCheckSummary"/> gives the API.
/// </summary>
internal static class FlagCheckPanel
{
    /// <summary>The panel's title.</summary>
    public static string Title(FlagCheckOutcome outcome) => outcome switch
    {
        FlagCheckOutcome.Flagged => "FLAGGED",
        FlagCheckOutcome.NoFlags => "No safeguarding flags held",
        FlagCheckOutcome.NoRecord => "No record",
        FlagCheckOutcome.NoConfidentMatch => "No confident match — Sightline cannot say",
        _ => "Not checked",
    };

    /// <summary>The panel's modifier class, which sets its colour.</summary>
    public static string Modifier(FlagCheckOutcome outcome) => outcome switch
    {
        FlagCheckOutcome.Flagged => "app-flag-answer--flagged",
        FlagCheckOutcome.NoFlags => "app-flag-answer--clear",
        FlagCheckOutcome.NoRecord => "app-flag-answer--no-record",
        _ => "app-flag-answer--cannot-say",
    };

    /// <summary>The panel's sentence: for a flag, whose plan and whom to call; otherwise the API's summary.</summary>
    public static string Lead(FlagCheckQuery query, FlagCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome == FlagCheckOutcome.Flagged ? FlagCheckSummary.FlaggedDetails(result) : FlagCheckSummary.Of(query, result);
    }

    /// <summary>How the record was found: "NHS number", or the match's probability and evidence.</summary>
    public static string FoundBy(FlagCheckMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.By == FlagCheckMatch.NhsNumber.By
            ? "NHS number"
            : string.Create(CultureInfo.InvariantCulture, $"Name, date of birth and postcode: a {match.Confidence:0.0%} match ({string.Join("; ", match.Evidence)})");
    }

    /// <summary>Whose plan: the child's own, or a household member's.</summary>
    public static string Whose(string child, StoredFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return flag.IsOwn ? $"{child}'s own" : $"{flag.HolderName ?? flag.Holder.Value}, who lives with {child}";
    }

    /// <summary>Since when, or from when until when.</summary>
    public static string When(StoredFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return flag.Ended is { } ended
            ? $"Ended {Words.Date(ended)} (from {Words.Date(flag.Started)})"
            : $"Since {Words.Date(flag.Started)}";
    }

    /// <summary>The line under the answer: the check was recorded, and whether the responsible area was told.</summary>
    public static string Recorded(FlagCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        const string Audited = "This check was recorded, with your name and agency.";
        switch (result.Outcome)
        {
            case FlagCheckOutcome.NoFlags:
                return $"{Audited} No area was told: the child has no flags.";
            case FlagCheckOutcome.NoRecord or FlagCheckOutcome.NoConfidentMatch or FlagCheckOutcome.Refused:
                return $"{Audited} No area was told: no child was found.";
        }
        var flagged = result.Records.Where(r => r.IsFlagged).ToList();
        var children = Words.List(flagged.Select(r => r.Person.Name ?? r.Person.Id.Value).Distinct(StringComparer.Ordinal));
        var areas = Words.List(flagged.SelectMany(r => r.Flags).Select(f => f.LocalAuthority).Distinct(StringComparer.Ordinal));
        return $"{Audited} The responsible area, {areas}, is told that {children} {(flagged.Count == 1 ? "was" : "were")} seen at {Words.Of(result.Setting)} today, and the attendance is added to the record.";
    }
}
