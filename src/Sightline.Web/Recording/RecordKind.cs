namespace Sightline.Web.Recording;

/// <summary>A kind of event a practitioner records by hand from a child's page.</summary>
/// <param name="Id">Its address segment and form value, e.g. <c>missed-appointment</c>.</param>
/// <param name="Label">Its name in a list of choices.</param>
/// <param name="Hint">What it is for.</param>
/// <param name="Noun">What the confirmation says was recorded ("Injury recorded").</param>
internal sealed record RecordKind(string Id, string Label, string Hint, string Noun)
{
    public static readonly RecordKind Contact = new("contact", "Contact or visit", "A home visit, clinic, phone or video contact, and whether the child was seen.", "Contact");
    public static readonly RecordKind Injury = new("injury", "Injury", "An injury you saw or were shown, where it was and the explanation given.", "Injury");
    public static readonly RecordKind MissedAppointment = new("missed-appointment", "Missed appointment", "A health appointment the child was not brought to.", "Missed appointment");
    public static readonly RecordKind Referral = new("referral", "Referral", "A referral to another agency, and the concern.", "Referral");
    public static readonly RecordKind InformationShared = new("information-shared", "Information shared", "Information your agency shared with other agencies about the child or family.", "Information shared");

    /// <summary>Every kind, in the order the choice lists them.</summary>
    public static IReadOnlyList<RecordKind> All { get; } = [Contact, Injury, MissedAppointment, Referral, InformationShared];

    /// <summary>The kind with this id, or null.</summary>
    public static RecordKind? Find(string? id) => All.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.Ordinal));
}
