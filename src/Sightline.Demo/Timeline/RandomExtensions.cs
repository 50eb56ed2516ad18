namespace Sightline.Demo.Timeline;

/// <summary>The few draws the generator needs, written once so every track reads the same way.</summary>
internal static class RandomExtensions
{
    /// <summary>True with probability <paramref name="p"/>.</summary>
    public static bool Chance(this Random random, double p) => random.NextDouble() < p;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    /// <summary>A day from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static DateOnly DayBetween(this Random random, DateOnly first, DateOnly last) =>
        last <= first ? first : first.AddDays(random.Next(last.DayNumber - first.DayNumber + 1));

    /// <summary>One of the items.</summary>
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
