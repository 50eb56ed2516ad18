using Sightline.Core.Persons;
using Sightline.Linkage.Text;

namespace Sightline.Linkage.Demographics;

/// <summary>
/// Scores the persons born on a day against a name and postcode, Fellegi–Sunter style, with the
/// linkage engine's comparators: given name (exact, a known alias from the nickname table,
/// Jaro–Winkler at 0.92 and 0.80), family name (exact, Jaro–Winkler at 0.92 and 0.80) and postcode
/// (same postcode, same sector, same district). Each level adds log2(m/u) bits to the prior's
/// log-odds; a missing value (no postcode on either side, no family name given) adds nothing.
/// <para>
/// The prior is national, not the size of the candidate list: a child shares a birthday with
/// about 1,650 others born in England and Wales that day (some 600,000 births a year), so before
/// any name is compared the odds that a candidate is the child are 1 to 1,650, however few of
/// those children a small database holds. The m and u values are fixed here rather than trained,
/// so that one check cannot be swayed by who else is stored; u is the chance of the level between
/// two different children born on the same day, m between two records of one child.
/// </para>
/// <para>
/// What this gives: full name and full postcode agree → 0.99999; full name and sector → 0.9998;
/// full name but no postcode → 0.94, and a different postcode → 0.61 (not confident: ask for the
/// NHS number); a twin with another given name at the same address → 0.98 (not confident).
/// </para>
/// </summary>
public sealed class DemographicMatcher
{
    /// <summary>The probability at or above which a match is confident enough to show a child's flags.</summary>
    public const double ConfidentProbability = 0.99;

    /// <summary>Children born in England and Wales on one day, about: the prior is one of them.</summary>
    public const int BirthsPerDay = 1650;

    private static readonly double PriorWeight = Math.Log2(1.0 / (BirthsPerDay - 1));

    private static readonly Level GivenExact = new("exact", 0.90, 0.01);
    private static readonly Level GivenAlias = new("known alias", 0.04, 0.001);
    private static readonly Level GivenClose = new("Jaro–Winkler at least 0.92", 0.03, 0.003);
    private static readonly Level GivenLike = new("Jaro–Winkler at least 0.80", 0.015, 0.02);
    private static readonly Level GivenElse = new("different", 0.015, 0.966);
    private static readonly Level FamilyExact = new("exact", 0.85, 0.003);
    private static readonly Level FamilyClose = new("Jaro–Winkler at least 0.92", 0.05, 0.002);
    private static readonly Level FamilyLike = new("Jaro–Winkler at least 0.80", 0.03, 0.015);
    private static readonly Level FamilyElse = new("different", 0.07, 0.98);
    private static readonly Level PostcodeFull = new("same postcode", 0.75, 0.00005);
    private static readonly Level PostcodeSector = new("same sector", 0.10, 0.0003);
    private static readonly Level PostcodeDistrict = new("same district", 0.05, 0.003);
    private static readonly Level PostcodeElse = new("different", 0.10, 0.9967);

    private readonly NicknameTable nicknames;

    /// <summary>
    /// True when no candidate can match confidently unless its postcode is in the query's postcode
    /// district or closer: the best name agreement with a different or missing postcode stays below
    /// <see cref="ConfidentProbability"/>. A caller may then ask the database only for the
    /// candidates born that day in that district — a handful rather than some 1,800 — and, without a
    /// postcode in the query, for none. Derived from the weights, so a change of them cannot make
    /// that short cut drop a confident match.
    /// </summary>
    public static bool NeedsPostcodeDistrict { get; } =
        Probability(PriorWeight + GivenExact.Weight + FamilyExact.Weight + Math.Max(PostcodeElse.Weight, 0)) < ConfidentProbability;

    /// <summary>A matcher with the given nickname table (<see cref="NicknameTable.Default"/> when null).</summary>
    public DemographicMatcher(NicknameTable? nicknames = null) => this.nicknames = nicknames ?? NicknameTable.Default;

    /// <summary>
    /// Scores each candidate (all born on the query's day; any other is left out) and returns
    /// them best first.
    /// </summary>
    /// <param name="query">Who is looked for.</param>
    /// <param name="candidates">The persons born that day.</param>
    public IReadOnlyList<DemographicMatch> Score(DemographicQuery query, IEnumerable<Person> candidates)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidates);
        var wanted = NameParts.Of(query.Name);
        return candidates
            .Where(c => c.Born == query.Born)
            .Select(c => Score(wanted, query.Postcode, c))
            .OrderByDescending(m => m.Weight)
            .ThenBy(m => m.Person.Id.Value, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// The candidates that match confidently (<see cref="DemographicMatch.IsConfident"/>), best
    /// first: as <see cref="Score(DemographicQuery, IEnumerable{Person})"/> keeps, but each
    /// candidate's evidence is put into words only when it matches, since a check compares some
    /// 1,800 candidates and shows one.
    /// </summary>
    /// <param name="query">Who is looked for.</param>
    /// <param name="candidates">The persons born that day.</param>
    public IReadOnlyList<DemographicMatch> Confident(DemographicQuery query, IEnumerable<Person> candidates)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidates);
        var wanted = NameParts.Of(query.Name);
        return candidates
            .Where(c => c.Born == query.Born)
            .Select(c => (Candidate: c, Levels: Levels(wanted, query.Postcode, c)))
            .Where(x => Probability(x.Levels.Weight) >= ConfidentProbability)
            .Select(x => Match(x.Candidate, x.Levels))
            .OrderByDescending(m => m.Weight)
            .ThenBy(m => m.Person.Id.Value, StringComparer.Ordinal)
            .ToArray();
    }

    private DemographicMatch Score(NameParts wanted, UkPostcode? postcode, Person candidate) =>
        Match(candidate, Levels(wanted, postcode, candidate));

    private (double Weight, Level? Given, Level? Family, Level? Postcode) Levels(NameParts wanted, UkPostcode? postcode, Person candidate)
    {
        var stored = NameParts.Of(candidate.Name);
        var given = Given(wanted.Given, stored.Given);
        var family = Family(wanted, stored);
        var place = Postcode(postcode, candidate.Postcode);
        return (PriorWeight + (given?.Weight ?? 0) + (family?.Weight ?? 0) + (place?.Weight ?? 0), given, family, place);
    }

    private static DemographicMatch Match(Person candidate, (double Weight, Level? Given, Level? Family, Level? Postcode) levels)
    {
        var evidence = new List<string> { "date of birth: exact" };
        if (levels.Given is { } given)
        {
            evidence.Add($"given name: {given.Name}");
        }
        if (levels.Family is { } family)
        {
            evidence.Add($"family name: {family.Name}");
        }
        if (levels.Postcode is { } place)
        {
            evidence.Add($"postcode: {place.Name}");
        }
        return new DemographicMatch(candidate, Probability(levels.Weight), levels.Weight, evidence);
    }

    private static double Probability(double weight) => 1 / (1 + Math.Pow(2, -weight));

    private Level? Given(string? wanted, string? stored)
    {
        if (wanted is null || stored is null)
        {
            return null;
        }
        if (wanted == stored)
        {
            return GivenExact;
        }
        if (nicknames.AreAliases(wanted, stored))
        {
            return GivenAlias;
        }
        return ByJaroWinkler(JaroWinkler.Similarity(wanted, stored), GivenClose, GivenLike, GivenElse);
    }

    /// <summary>
    /// The family name as the rest of the name after the given name, or its last word, whichever
    /// agrees better: "Ruby May Hart" against "Ruby Hart", and a double-barrelled name against one half.
    /// </summary>
    private static Level? Family(NameParts wanted, NameParts stored)
    {
        if (wanted.Family is null || stored.Family is null)
        {
            return null;
        }
        if (wanted.Family == stored.Family || wanted.Last == stored.Last)
        {
            return FamilyExact;
        }
        var similarity = Math.Max(JaroWinkler.Similarity(wanted.Family, stored.Family), JaroWinkler.Similarity(wanted.Last!, stored.Last!));
        return ByJaroWinkler(similarity, FamilyClose, FamilyLike, FamilyElse);
    }

    private static Level? Postcode(UkPostcode? wanted, UkPostcode? stored)
    {
        if (wanted is null || stored is null)
        {
            return null;
        }
        if (wanted.Full == stored.Full)
        {
            return PostcodeFull;
        }
        if (wanted.Sector == stored.Sector)
        {
            return PostcodeSector;
        }
        return wanted.District == stored.District ? PostcodeDistrict : PostcodeElse;
    }

    private static Level ByJaroWinkler(double similarity, Level close, Level like, Level other) =>
        similarity >= 0.92 ? close : similarity >= 0.80 ? like : other;

    /// <summary>A comparison level and its weight, log2(m/u).</summary>
    private sealed record Level(string Name, double M, double U)
    {
        public double Weight { get; } = Math.Log2(M / U);
    }

    /// <summary>A name folded for comparison: the given name, the rest, and the last word.</summary>
    private sealed record NameParts(string? Given, string? Family, string? Last)
    {
        public static NameParts Of(string? name)
        {
            var folded = TextFolding.Normalize(name);
            if (folded is null)
            {
                return new(null, null, null);
            }
            var words = folded.Split(' ');
            return words.Length == 1
                ? new(words[0], null, null)
                : new(words[0], string.Join(' ', words[1..]), words[^1]);
        }
    }
}
