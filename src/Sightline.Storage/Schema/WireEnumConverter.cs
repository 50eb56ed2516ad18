using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sightline.Core.Vocabulary;

namespace Sightline.Storage.Schema;

/// <summary>
/// Stores a vocabulary enum as its wire name (<c>was-not-brought</c>), so the columns read the
/// same as the scenario files and do not change meaning if the enum is reordered.
/// </summary>
internal sealed class WireEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => Wire.Name(value),
    text => Parse(text))
    where TEnum : struct, Enum
{
    /// <summary>The enum a stored wire name stands for, as EF reads it; also for hand-written reads.</summary>
    internal static TEnum Parse(string text) =>
        Wire.TryParse<TEnum>(text, out var value)
            ? value.Value
            : throw new InvalidOperationException($"'{text}' is not a {typeof(TEnum).Name} wire name.");
}
