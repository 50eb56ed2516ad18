namespace Sightline.Web.Api.Flags;

/// <summary>A record a flag check found.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Name">The name, when recorded.</param>
/// <param name="NhsNumber">The NHS number (3-3-4), when known.</param>
/// <param name="Born">Date of birth, when born.</param>
/// <param name="Due">Due date, while unborn.</param>
/// <param name="Match">How it was found and how confident the match is.</param>
/// <param name="Flagged">True when at least one flag is shown.</param>
/// <param name="Flags">The flagging plans of the child and household, active first.</param>
/// <param name="Areas">The areas holding them and whom to call.</param>
/// <param name="Attendances">The child's latest unscheduled-care attendances (at most 25), newest first.</param>
internal sealed record CheckedChildResponse(
    string Id,
    string? Name,
    string? NhsNumber,
    DateOnly? Born,
    DateOnly? Due,
    MatchResponse Match,
    bool Flagged,
    IReadOnlyList<FlagResponse> Flags,
    IReadOnlyList<AreaResponse> Areas,
    IReadOnlyList<AttendanceResponse> Attendances);
