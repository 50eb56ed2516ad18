namespace Sightline.Web.Intake;

/// <summary>A person in a batch, described for the OpenAPI document (FORMAT.md's persons, with dates and a postcode).</summary>
/// <param name="Id">The sender's own id for the person (visible ASCII, no / ? # % \, at most 100 characters).</param>
/// <param name="Role"><c>child</c>, <c>unborn</c>, <c>mother</c>, <c>father</c>, <c>partner</c>, <c>grandparent</c> or <c>other-adult</c>.</param>
/// <param name="Sex"><c>male</c>, <c>female</c> or <c>unknown</c>.</param>
/// <param name="Born">Date of birth, <c>YYYY-MM-DD</c>; required except for an unborn child.</param>
/// <param name="Due">An unborn child's due date.</param>
/// <param name="NhsNumber">The NHS number (ten digits, Modulus 11 checked), when known.</param>
/// <param name="Name">The name as recorded.</param>
/// <param name="Postcode">The postcode of the person's address.</param>
/// <param name="History">Facts known before (<c>fact</c>, <c>knownTo</c>: agency ids).</param>
/// <param name="Mobility">A child's mobility.</param>
/// <param name="GpRegistered">Whether a child is registered with a GP (default true).</param>
/// <param name="LocalAuthority">Where the person lives.</param>
internal sealed record IntakePersonDocument(
    string Id,
    string Role,
    string Sex,
    DateOnly? Born,
    DateOnly? Due,
    string? NhsNumber,
    string? Name,
    string? Postcode,
    IReadOnlyList<System.Text.Json.Nodes.JsonObject>? History,
    string? Mobility,
    bool? GpRegistered,
    string? LocalAuthority);
