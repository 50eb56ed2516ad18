namespace Sightline.Interop.Intake;

/// <summary>One thing wrong with an intake batch, located by the event's index and the field.</summary>
/// <param name="JsonPointer">A JSON pointer into the batch (RFC 6901), e.g. <c>/events/3/injury</c>; empty for the whole batch.</param>
/// <param name="Path">The same place as it reads, e.g. <c>events[3].injury</c>; <c>$</c> for the whole batch.</param>
/// <param name="Message">What is wrong, naming the allowed values where there is a closed list.</param>
public sealed record IntakeProblem(string JsonPointer, string Path, string Message)
{
    /// <summary>The problem as one line: <c>events[3].injury: 'graze' is not one of bruise, fracture, …</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}
