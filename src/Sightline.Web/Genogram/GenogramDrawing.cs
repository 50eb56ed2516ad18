namespace Sightline.Web.Genogram;

/// <summary>
/// A genogram laid out for SVG: the boxes, the paths of the lines between them, the two regions
/// (the child's household, and relatives who live elsewhere) and the drawing's size.
/// </summary>
/// <param name="Width">The drawing's width in pixels.</param>
/// <param name="Height">Its height.</param>
/// <param name="Boxes">The people.</param>
/// <param name="ParentLines">SVG path data of the lines from parents to children.</param>
/// <param name="PartnerLines">SVG path data of the lines between partners.</param>
/// <param name="Regions">The household region and, when anyone lives elsewhere, that region.</param>
internal sealed record GenogramDrawing(
    int Width,
    int Height,
    IReadOnlyList<GenogramBox> Boxes,
    IReadOnlyList<string> ParentLines,
    IReadOnlyList<string> PartnerLines,
    IReadOnlyList<GenogramRegion> Regions);
