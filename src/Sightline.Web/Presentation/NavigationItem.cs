namespace Sightline.Web.Presentation;

/// <summary>A link of the service navigation.</summary>
/// <param name="Href">Where it goes.</param>
/// <param name="Text">What it says.</param>
/// <param name="Current">True on the pages of its section: marked for sight and for screen readers.</param>
internal sealed record NavigationItem(string Href, string Text, bool Current);
