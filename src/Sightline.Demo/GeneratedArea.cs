using Sightline.Core.Agencies;

namespace Sightline.Demo;

/// <summary>A generated area: its neighbouring local authorities, their agencies and the families.</summary>
/// <param name="Options">The options it was generated from.</param>
/// <param name="LocalAuthorities">The invented local authorities, in a fixed order.</param>
/// <param name="Agencies">Every agency of every area, in a fixed order.</param>
/// <param name="Families">The families in order of their ids.</param>
public sealed record GeneratedArea(
    DemoOptions Options,
    IReadOnlyList<string> LocalAuthorities,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<DemoFamily> Families);
