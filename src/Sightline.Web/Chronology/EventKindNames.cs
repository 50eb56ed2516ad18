namespace Sightline.Web.Chronology;

/// <summary>The name a reader sees for an event kind: <c>police-incident</c> → "Police incident".</summary>
internal static class EventKindNames
{
    public static string Name(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind switch
        {
            "s47-started" => "Section 47 enquiry started",
            "s47-concluded" => "Section 47 enquiry concluded",
            "gp-registered" => "GP registration",
            "born" => "Birth",
            _ => Presentation.Words.Capitalised(kind.Replace('-', ' ')),
        };
    }
}
