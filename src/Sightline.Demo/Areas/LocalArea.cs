namespace Sightline.Demo.Areas;

/// <summary>An invented local authority and the invented organisations that serve it.</summary>
/// <param name="Name">The local authority's name.</param>
/// <param name="Slug">Its lower-case form for agency ids.</param>
/// <param name="Hospital">The acute hospital serving it.</param>
/// <param name="PoliceForce">The force that polices it; one force covers two areas.</param>
/// <param name="GpPractices">Its GP practices.</param>
internal sealed record LocalArea(
    string Name,
    string Slug,
    string Hospital,
    string PoliceForce,
    IReadOnlyList<string> GpPractices);
