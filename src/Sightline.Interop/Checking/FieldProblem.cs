namespace Sightline.Interop.Checking;

/// <summary>One problem found by the checks, where it is and what is wrong.</summary>
/// <param name="Path">Where: the value at fault, or for a missing field the object that lacks it.</param>
/// <param name="Message">What is wrong, naming the allowed values where there is a closed list.</param>
/// <param name="MissingField">For a required field left out, its name, so a reader that lays fields out in
/// columns can point at the column; null otherwise.</param>
internal sealed record FieldProblem(JsonPath Path, string Message, string? MissingField)
{
    /// <summary>Where the problem is, down to the missing field when there is one.</summary>
    public JsonPath Location => MissingField is { } name ? JsonPath.Property(Path, name) : Path;
}
