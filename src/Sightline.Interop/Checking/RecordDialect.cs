namespace Sightline.Interop.Checking;

/// <summary>
/// The two forms the event vocabulary is written in. A scenario file is a whole story with days
/// counted from its start; an intake batch is a part of an agency's record, with calendar dates,
/// the sender's own person ids, and persons, births and shares that may have come in earlier.
/// </summary>
internal sealed record RecordDialect
{
    /// <summary>How days are written.</summary>
    public required DayForm Days { get; init; }

    /// <summary>The fields a person may carry.</summary>
    public required IReadOnlyList<string> PersonFields { get; init; }

    /// <summary>
    /// True when the document holds the whole story, so that a birth, a reply to a share and the
    /// day a child was registered with a GP can be matched within it.
    /// </summary>
    public required bool WholeStory { get; init; }

    /// <summary>True when person ids are an agency's local identifiers (see <see cref="Core.Intake.AgencyRecord"/>).</summary>
    public required bool LocalPersonIds { get; init; }

    /// <summary><c>sightline-scenario/1</c> (FORMAT.md).</summary>
    public static RecordDialect Scenario { get; } = new()
    {
        Days = DayForm.DayNumber,
        PersonFields = ["id", "role", "sex", "born", "due", "nhsNumber", "name", "history", "mobility", "gpRegistered", "localAuthority"],
        WholeStory = true,
        LocalPersonIds = false,
    };

    /// <summary>Agency intake (docs/api.md, docs/formats.md): dates, and a postcode for identity resolution.</summary>
    public static RecordDialect Intake { get; } = new()
    {
        Days = DayForm.CalendarDate,
        PersonFields = ["id", "role", "sex", "born", "due", "nhsNumber", "name", "postcode", "history", "mobility", "gpRegistered", "localAuthority"],
        WholeStory = false,
        LocalPersonIds = true,
    };
}
