using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Sightline.Storage.Schema;

/// <summary>
/// Stores an instant as UTC ticks. SQLite has no timestamp type: EF would write text with an
/// offset, which neither orders nor compares correctly in SQL, whereas ticks do.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
