namespace Sightline.Web.Intake;

/// <summary>One problem in a refused batch, as the <c>errors</c> of the problem details list it.</summary>
/// <param name="Pointer">Where in the batch: a JSON pointer (RFC 6901), e.g. <c>/events/3/injury</c>; empty for the whole batch.</param>
/// <param name="Detail">What is wrong there.</param>
internal sealed record IntakeError(string Pointer, string Detail);
