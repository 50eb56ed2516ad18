using Sightline.Core.Vocabulary;

namespace Sightline.Interop.Checking;

/// <summary>The rule one field's value must meet.</summary>
/// <param name="Shape">What the value must look like.</param>
/// <param name="Allowed">The allowed names, for <see cref="ValueShape.OneOf"/>; empty otherwise.</param>
internal sealed record ValueRule(ValueShape Shape, IReadOnlyList<string> Allowed)
{
    public static ValueRule Text { get; } = new(ValueShape.Text, []);

    public static ValueRule Flag { get; } = new(ValueShape.Flag, []);

    public static ValueRule Day { get; } = new(ValueShape.Day, []);

    public static ValueRule Centile { get; } = new(ValueShape.Centile, []);

    public static ValueRule Stage { get; } = new(ValueShape.Stage, []);

    public static ValueRule Agency { get; } = new(ValueShape.Agency, []);

    public static ValueRule Agencies { get; } = new(ValueShape.Agencies, []);

    public static ValueRule Person { get; } = new(ValueShape.Person, []);

    public static ValueRule Persons { get; } = new(ValueShape.Persons, []);

    public static ValueRule LocalAuthority { get; } = new(ValueShape.LocalAuthority, []);

    /// <summary>One of a domain vocabulary's wire names, listed in declaration order.</summary>
    public static ValueRule OneOf<TEnum>() where TEnum : struct, Enum => new(ValueShape.OneOf, Wire.Names<TEnum>());

    /// <summary>One of the given names.</summary>
    public static ValueRule OneOf(IReadOnlyList<string> allowed) => new(ValueShape.OneOf, allowed);
}
