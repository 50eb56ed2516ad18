using System.Globalization;
using Sightline.Core.Persons;
using Sightline.Web.Children;
using Sightline.Web.Presentation;

namespace Sightline.Web.Genogram;

/// <summary>
/// Lays out a child's genogram on a grid: one row per generation (grandparents, parents and the
/// adults around them, the child and siblings); the child's household in the columns on the left,
/// inside one region, and relatives who live elsewhere to the right, so who lives where reads at a
/// glance. Each box names the person, their relationship and age, their risk facts and which
/// agencies know them; an adult close to the child whom none of the child's agencies knows is marked.
/// Pure: the same family always gives the same drawing.
/// </summary>
internal static class GenogramLayout
{
    public const int BoxWidth = 240;
    public const int BoxHeight = 124;
    public const int NameCharacters = 21;
    private const int LineCharacters = 30;
    private const int KnownCharacters = 34;
    private const int MostFacts = 2;
    private const int GapX = 24;
    private const int GapY = 64;
    private const int Padding = 16;
    private const int LabelHeight = 30;
    private const int RegionGap = 32;

    /// <summary>The drawing of <paramref name="child"/> among <paramref name="family"/>, joined by <paramref name="ties"/>.</summary>
    public static GenogramDrawing Draw(FamilyMember child, IReadOnlyList<FamilyMember> family, IReadOnlyList<GenogramTie> ties)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(ties);
        var everyone = new[] { child }.Concat(family.Where(m => m.Person.Id != child.Person.Id)).ToList();
        var generations = everyone.Select(m => m.Generation).Distinct().Order().ToList();
        var rows = generations.Select(g => everyone.Where(m => m.Generation == g).ToList()).ToList();
        var householdColumns = rows.Max(r => r.Count(m => m.LivesWithChild || m == child));
        var elsewhereColumns = rows.Max(r => r.Count(m => !(m.LivesWithChild || m == child)));

        var boxes = new List<GenogramBox>();
        for (var row = 0; row < rows.Count; row++)
        {
            var home = rows[row].Where(m => m.LivesWithChild || m == child).ToList();
            var away = rows[row].Where(m => !(m.LivesWithChild || m == child)).ToList();
            for (var i = 0; i < home.Count; i++)
            {
                boxes.Add(Box(home[i], ColumnX(i, householdColumns), RowY(row), home[i] == child));
            }
            for (var i = 0; i < away.Count; i++)
            {
                boxes.Add(Box(away[i], ColumnX(householdColumns + i, householdColumns), RowY(row), isSubject: false));
            }
        }

        var top = Padding;
        var bottom = RowY(rows.Count - 1) + BoxHeight + Padding;
        var regions = new List<GenogramRegion>
        {
            new($"Lives with {child.Person.Name}", Padding, top, (householdColumns * (BoxWidth + GapX)) - GapX + (2 * Padding), bottom - top, IsHousehold: true),
        };
        var width = Padding + regions[0].Width + Padding;
        if (elsewhereColumns > 0)
        {
            var x = ColumnX(householdColumns, householdColumns) - Padding;
            regions.Add(new GenogramRegion("Lives elsewhere", x, top, (elsewhereColumns * (BoxWidth + GapX)) - GapX + (2 * Padding), bottom - top, IsHousehold: false));
            width = x + regions[1].Width + Padding;
        }

        var at = boxes.ToDictionary(b => b.Member.Person.Id);
        var parentLines = ties.Where(t => !t.IsPartnership)
            .Select(t => ParentLine(at.GetValueOrDefault(t.From), at.GetValueOrDefault(t.To)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var partnerLines = ties.Where(t => t.IsPartnership)
            .Select(t => PartnerLine(at.GetValueOrDefault(t.From), at.GetValueOrDefault(t.To)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new GenogramDrawing(width, bottom + Padding, boxes, parentLines, partnerLines, regions);
    }

    /// <summary>Text cut to <paramref name="characters"/>, with an ellipsis when cut.</summary>
    public static string Fit(string text, int characters)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= characters ? text : string.Concat(text.AsSpan(0, characters - 1).TrimEnd(), "…");
    }

    /// <summary>What the last line of a box says about which agencies know the person.</summary>
    public static string KnownToLine(FamilyMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.KnownTo.Count switch
        {
            0 => "Known to no agency",
            _ when member.IsUnseen => $"Known only to {Words.List(member.KnownTo)}",
            1 => $"Known to {member.KnownTo[0]}",
            _ => $"Known to {member.KnownTo.Count} agencies",
        };
    }

    private static int ColumnX(int column, int householdColumns) =>
        (2 * Padding) + (column * (BoxWidth + GapX)) + (column >= householdColumns ? RegionGap : 0);

    private static int RowY(int row) => Padding + LabelHeight + (row * (BoxHeight + GapY));

    private static GenogramBox Box(FamilyMember member, int x, int y, bool isSubject)
    {
        var about = member.Age is { } age ? $"{member.Relationship}, {age}" : member.Relationship;
        var lines = new List<string> { Fit(Words.Capitalised(isSubject ? $"this child, {member.Age ?? "age not known"}" : about), LineCharacters) };
        var facts = member.Facts.Select(f => f.Fact).ToList();
        if (facts.Count > MostFacts)
        {
            lines.Add(Fit(Words.Capitalised(facts[0]), LineCharacters));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"and {facts.Count - 1} more risk facts"));
        }
        else
        {
            lines.AddRange(facts.Select(f => Fit(Words.Capitalised(f), LineCharacters)));
        }
        return new GenogramBox(member, x, y, isSubject, lines, Fit(KnownToLine(member), KnownCharacters));
    }

    private static string? ParentLine(GenogramBox? parent, GenogramBox? child)
    {
        if (parent is null || child is null || parent.Y >= child.Y)
        {
            return null;
        }
        var fromX = parent.X + (BoxWidth / 2);
        var toX = child.X + (BoxWidth / 2);
        var middle = child.Y - (GapY / 2);
        return string.Create(CultureInfo.InvariantCulture, $"M{fromX} {parent.Y + BoxHeight} V{middle} H{toX} V{child.Y}");
    }

    private static string? PartnerLine(GenogramBox? one, GenogramBox? other)
    {
        if (one is null || other is null)
        {
            return null;
        }
        var (left, right) = one.X <= other.X ? (one, other) : (other, one);
        var below = Math.Max(left.Y, right.Y) + BoxHeight + 12;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"M{left.X + (BoxWidth / 4)} {left.Y + BoxHeight} V{below} H{right.X + (BoxWidth / 4)} V{right.Y + BoxHeight}");
    }

    /// <summary>The symbol's shape for a sex, as genograms draw them: a square, a circle, or a diamond when not known.</summary>
    public static string Symbol(Sex sex) => sex switch
    {
        Sex.Male => "square",
        Sex.Female => "circle",
        _ => "diamond",
    };
}
