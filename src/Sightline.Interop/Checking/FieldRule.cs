namespace Sightline.Interop.Checking;

/// <summary>A field an object may carry, whether it must, and the rule for its value.</summary>
/// <param name="Name">The JSON key.</param>
/// <param name="Required">Whether leaving it out is an error.</param>
/// <param name="Value">The rule its value must meet.</param>
internal sealed record FieldRule(string Name, bool Required, ValueRule Value)
{
    public static FieldRule Must(string name, ValueRule value) => new(name, true, value);

    public static FieldRule May(string name, ValueRule value) => new(name, false, value);
}
