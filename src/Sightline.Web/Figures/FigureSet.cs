namespace Sightline.Web.Figures;

/// <summary>The figures page's counts, in the order shown.</summary>
/// <param name="Rows">The counts.</param>
internal sealed record FigureSet(IReadOnlyList<Figure> Rows);
