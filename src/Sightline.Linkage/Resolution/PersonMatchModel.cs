using System.Globalization;
using Sightline.Core.Persons;
using Sightline.Linkage.Synthetic;
using Sightline.Linkage.Training;

namespace Sightline.Linkage.Resolution;

/// <summary>
/// The model Sightline resolves persons with: six comparisons (given name, surname, date of
/// birth, sex, postcode, NHS number) trained once by EM on a seeded synthetic population and
/// shipped as JSON (<c>Resolution/person-model.json</c>), so every store decides alike and no
/// start-up pays for training. Term frequencies are off: an incoming record is compared with a
/// handful of candidates, not a population whose name frequencies could be counted.
/// </summary>
public static class PersonMatchModel
{
    /// <summary>The synthetic population the shipped model is trained on.</summary>
    public const int TrainingPersons = 20_000;

    /// <summary>Records in that population (the extra ones are copies with errors).</summary>
    public const int TrainingRecords = 30_000;

    /// <summary>The seed of that population and of training.</summary>
    public const int TrainingSeed = 2026;

    /// <summary>The record columns the comparisons read, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["given_name", "surname", "date_of_birth", "sex", "postcode", "nhs_number"];

    /// <summary>The comparisons, and blocking rules for training.</summary>
    public static LinkageSettings Settings { get; } = new(
        [
            new ComparisonSpec("given_name", "given_name", ComparisonType.Text, ["exact", "alias", "jaro_winkler:0.92", "jaro_winkler:0.8"]),
            new ComparisonSpec("surname", "surname", ComparisonType.Text, ["exact", "jaro_winkler:0.92", "phonetic", "jaro_winkler:0.8"]),
            new ComparisonSpec("date_of_birth", "date_of_birth", ComparisonType.Date, ["exact", "day_month_swapped", "one_part_different", "years:2"]),
            new ComparisonSpec("sex", "sex", ComparisonType.Text, ["exact"]),
            new ComparisonSpec("postcode", "postcode", ComparisonType.Postcode, ["full", "sector", "district"]),
            new ComparisonSpec("nhs_number", "nhs_number", ComparisonType.NhsNumber, ["exact"]),
        ],
        [
            new BlockingRule("nhs_number", ["nhs_number"]),
            new BlockingRule("surname sound and date of birth", ["surname:phonetic", "date_of_birth"]),
            new BlockingRule("given name and date of birth", ["given_name", "date_of_birth"]),
            new BlockingRule("postcode and initial", ["postcode", "given_name:prefix:1"]),
            new BlockingRule("names' sounds and year of birth", ["given_name:phonetic", "surname:phonetic", "date_of_birth:prefix:4"]),
        ])
    {
        Seed = TrainingSeed,
    };

    private static readonly Lazy<LinkageModel> Shipped = new(() => LinkageModel.FromJson(ReadShippedJson()));

    /// <summary>The shipped, trained model.</summary>
    public static LinkageModel Model => Shipped.Value;

    /// <summary>The shipped model's JSON as it is in the assembly.</summary>
    public static string ReadShippedJson()
    {
        using var stream = typeof(PersonMatchModel).Assembly.GetManifestResourceStream("Sightline.Linkage.Resolution.person-model.json")
            ?? throw new InvalidOperationException("The person model is not embedded in Sightline.Linkage.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Trains the model afresh on the seeded synthetic population: what the shipped JSON was made by.</summary>
    public static LinkageModel Train()
    {
        var synthetic = SyntheticPeople.Generate(TrainingPersons, TrainingRecords, TrainingSeed);
        var table = Project(synthetic.Table);
        var session = new LinkageSession(Settings, table);
        return session.Train(session.Block());
    }

    /// <summary>One person record as the model's columns: the last word of the name as surname, the rest as given names.</summary>
    public static string?[] ValuesOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var (given, surname) = SplitName(person.Name);
        return
        [
            given,
            surname,
            person.Born?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            person.Sex switch { Sex.Male => "m", Sex.Female => "f", _ => null },
            person.Postcode?.Full,
            person.NhsNumber?.Value,
        ];
    }

    /// <summary>
    /// The blocking key a store indexes persons by, beside NHS number, date of birth and
    /// postcode: the sound of the surname (NYSIIS) and the year of birth, e.g. <c>HAD:1994</c>.
    /// It finds "Deano Hart, 12 July 1994" for "Dean Hart, 2 July 1994", whose dates differ. Null
    /// without a surname or a date of birth.
    /// </summary>
    public static string? SurnameKey(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var surname = Text.TextFolding.Normalize(SplitName(person.Name).Surname);
        if (string.IsNullOrEmpty(surname) || person.Born is not { } born)
        {
            return null;
        }
        var sound = Text.Nysiis.Encode(surname);
        return string.IsNullOrEmpty(sound) ? null : string.Create(CultureInfo.InvariantCulture, $"{sound}:{born.Year}");
    }

    /// <summary>Splits a name as recorded into given names and surname ("Dean A Smith" gives "Dean A", "Smith").</summary>
    public static (string? Given, string? Surname) SplitName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return (null, null);
        }
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 1 ? (null, words[0]) : (string.Join(' ', words[..^1]), words[^1]);
    }

    private static RecordTable Project(RecordTable synthetic)
    {
        var columns = Columns.Select(c => synthetic.Column(synthetic.ColumnIndex(c)).ToArray()).ToArray();
        return new RecordTable(Columns, synthetic.Ids, synthetic.Sources, columns);
    }
}
