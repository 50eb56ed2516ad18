namespace Sightline.Web.Children;

/// <summary>Whom to contact about a child for one service, as the flags banner lists them.</summary>
/// <param name="Service">The service in words: "Children's social care", "Health visiting", "GP".</param>
/// <param name="Agencies">The child's agencies of that service: those involved, else those of the child's area.</param>
internal sealed record KeyContact(string Service, IReadOnlyList<string> Agencies);
