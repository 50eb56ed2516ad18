namespace Sightline.Web.Genogram;

/// <summary>A labelled area of the genogram: the child's household, or elsewhere.</summary>
/// <param name="Label">What it says at its top.</param>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
/// <param name="IsHousehold">True for the child's household.</param>
internal sealed record GenogramRegion(string Label, int X, int Y, int Width, int Height, bool IsHousehold);
