using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.Patterns;

/// <summary>
/// How one review pattern is planted: the family it needs, anything to settle before events are
/// written (a move, a history, a flag for the universal tracks), and the events that carry it,
/// written after the universal services so that they can refer to what those recorded.
/// </summary>
internal abstract class PatternScript
{
    public abstract ReviewPattern Pattern { get; }

    /// <summary>How far the family's story goes beyond universal services.</summary>
    public abstract Involvement Involvement { get; }

    /// <summary>The family the pattern needs; most need a baby with months of history after the birth, and an older sibling.</summary>
    public virtual FamilyShape Shape { get; } = new()
    {
        BabyWithRoomAfterBirth = true,
        YoungSibling = true,
        Father = FatherLiving.Resident,
        MayMove = false,
        HouseholdMayChange = false,
    };

    /// <summary>Settles what the tracks must know before they write.</summary>
    public virtual void Prepare(FamilySketch family, Random random, Areas.AgencyCatalogue catalogue)
    {
    }

    /// <summary>Writes the pattern's events.</summary>
    public abstract void Write(FamilyContext ctx);

    /// <summary>The baby born during the history.</summary>
    protected static Member Baby(FamilySketch family) => family.LatestBaby ?? throw new InvalidOperationException("The pattern needs a baby born in the history.");

    /// <summary>A weekday when the baby is <paramref name="from"/> to <paramref name="to"/> days old.</summary>
    protected static DateOnly AtAge(FamilyContext ctx, Member baby, int from, int to) =>
        Weekdays.OnOrAfter(baby.DateOfBirth!.Value.AddDays(ctx.Random.Between(from, to)));
}
