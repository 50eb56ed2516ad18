using System.Text.Json;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Vocabulary;

namespace Sightline.Interop.Checking;

/// <summary>Checks <c>persons</c>: each person's fields, and the facts that hang on the role.</summary>
internal sealed class PersonListChecker(CheckContext context)
{
    private static readonly string[] RequiredFields = ["id", "role", "sex"];

    private static readonly string[] HistoryFields = ["fact", "knownTo"];

    private readonly HashSet<string> declared = new(StringComparer.Ordinal);

    public void Check(JsonPath path, JsonElement persons)
    {
        if (!context.IsList(path, persons))
        {
            return;
        }
        // Ids first, so that a person may be referred to before it is declared.
        var i = 0;
        foreach (var person in persons.EnumerateArray())
        {
            Declare(JsonPath.Index(path, i++), person);
        }
        i = 0;
        foreach (var person in persons.EnumerateArray())
        {
            CheckPerson(JsonPath.Index(path, i++), person);
        }
    }

    private void Declare(JsonPath path, JsonElement person)
    {
        if (person.ValueKind != JsonValueKind.Object
            || !person.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            return;
        }
        var role = RoleOf(person);
        int? born = person.TryGetProperty("born", out var b) && ValueChecker.IsWholeNumber(b, out var day) ? day : null;
        // Against this list only: for intake the index also holds persons stored earlier, which a batch may update.
        if (!declared.Add(id.GetString()!))
        {
            context.Problem(JsonPath.Property(path, "id"), $"duplicate person id {JsonValueText.Show(id)}");
        }
        context.Index.Persons[id.GetString()!] = new KnownPerson(role, born);
    }

    private void CheckPerson(JsonPath path, JsonElement person)
    {
        if (!context.IsObject(path, person))
        {
            return;
        }
        context.RejectUnknownFields(path, person, context.Dialect.PersonFields);
        context.RequireFields(path, person, RequiredFields);
        CheckId(path, person);
        context.CheckIfPresent(path, person, "role", ValueRule.OneOf<PersonRole>());
        context.CheckIfPresent(path, person, "sex", ValueRule.OneOf<Sex>());
        var role = RoleOf(person);
        CheckBirth(path, person, role);
        context.CheckIfPresent(path, person, "born", ValueRule.Day);
        context.CheckIfPresent(path, person, "due", ValueRule.Day);
        CheckNhsNumber(path, person);
        context.CheckIfPresent(path, person, "name", ValueRule.Text);
        CheckPostcode(path, person);
        context.CheckIfPresent(path, person, "localAuthority", ValueRule.LocalAuthority);
        CheckChildOnlyFields(path, person, role);
        if (person.TryGetProperty("history", out var history))
        {
            CheckHistory(JsonPath.Property(path, "history"), history);
        }
    }

    /// <summary>The role when it is one of the vocabulary's; null otherwise, which fails every role check.</summary>
    private static PersonRole? RoleOf(JsonElement person) =>
        person.TryGetProperty("role", out var role) && role.ValueKind == JsonValueKind.String
        && Wire.TryParse<PersonRole>(role.GetString(), out var parsed)
            ? parsed
            : null;

    // An unborn child has a due day and is born by a `born` event; everyone else has a birth day.
    private void CheckBirth(JsonPath path, JsonElement person, PersonRole? role)
    {
        if (role == PersonRole.Unborn)
        {
            if (!person.TryGetProperty("due", out _))
            {
                context.Log.AddMissing(path, "due", "an unborn person needs 'due'");
            }
            if (person.TryGetProperty("born", out _))
            {
                context.Problem(JsonPath.Property(path, "born"), "an unborn person has 'due' instead of 'born' (birth is a `born` event)");
            }
        }
        else if (role is not null)
        {
            if (!person.TryGetProperty("born", out _))
            {
                context.Log.AddMissing(path, "born", "missing required field 'born'");
            }
            if (person.TryGetProperty("due", out _))
            {
                context.Problem(JsonPath.Property(path, "due"), "only an unborn person has 'due'");
            }
        }
    }

    private void CheckId(JsonPath path, JsonElement person)
    {
        if (!person.TryGetProperty("id", out var id))
        {
            return;
        }
        var idPath = JsonPath.Property(path, "id");
        context.Values.Check(idPath, id, ValueRule.Text);
        if (context.Dialect.LocalPersonIds && ValueChecker.IsText(id) && AgencyRecord.Problem(id.GetString()) is { } problem)
        {
            context.Problem(idPath, problem);
        }
    }

    private void CheckPostcode(JsonPath path, JsonElement person)
    {
        if (!person.TryGetProperty("postcode", out var postcode))
        {
            return;
        }
        var postcodePath = JsonPath.Property(path, "postcode");
        context.Values.Check(postcodePath, postcode, ValueRule.Text);
        if (ValueChecker.IsText(postcode) && !UkPostcode.TryParse(postcode.GetString(), out _))
        {
            context.Problem(postcodePath, $"{JsonValueText.Show(postcode)} is not a UK postcode (A9 9AA to AA9A 9AA)");
        }
    }

    private void CheckNhsNumber(JsonPath path, JsonElement person)
    {
        if (!person.TryGetProperty("nhsNumber", out var number))
        {
            return;
        }
        var numberPath = JsonPath.Property(path, "nhsNumber");
        context.Values.Check(numberPath, number, ValueRule.Text);
        if (ValueChecker.IsText(number) && !NhsNumber.TryParse(number.GetString(), out _))
        {
            context.Problem(numberPath, $"{JsonValueText.Show(number)} is not a valid NHS number (ten digits, the last a Modulus 11 check digit)");
        }
    }

    private void CheckChildOnlyFields(JsonPath path, JsonElement person, PersonRole? role)
    {
        if (person.TryGetProperty("mobility", out var mobility))
        {
            var mobilityPath = JsonPath.Property(path, "mobility");
            context.Values.Check(mobilityPath, mobility, ValueRule.OneOf<Mobility>());
            if (role is not null and not PersonRole.Child)
            {
                context.Problem(mobilityPath, "only a child has mobility");
            }
        }
        if (person.TryGetProperty("gpRegistered", out var registered))
        {
            var registeredPath = JsonPath.Property(path, "gpRegistered");
            context.Values.Check(registeredPath, registered, ValueRule.Flag);
            if (role is not null and not PersonRole.Child)
            {
                context.Problem(registeredPath, "only a child has gpRegistered");
            }
            else if (context.Dialect.WholeStory && person.TryGetProperty("born", out var born) && ValueChecker.IsWholeNumber(born, out var day) && day >= 0)
            {
                context.Problem(registeredPath, "gpRegistered applies to children born before day 0; "
                    + "a child born during the scenario is registered by a `gp-registered` event");
            }
        }
    }

    private void CheckHistory(JsonPath path, JsonElement history)
    {
        if (!context.IsList(path, history))
        {
            return;
        }
        var facts = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var entry in history.EnumerateArray())
        {
            var entryPath = JsonPath.Index(path, i++);
            if (!context.IsObject(entryPath, entry))
            {
                continue;
            }
            context.RejectUnknownFields(entryPath, entry, HistoryFields);
            context.RequireFields(entryPath, entry, HistoryFields);
            if (entry.TryGetProperty("fact", out var fact))
            {
                var factPath = JsonPath.Property(entryPath, "fact");
                context.Values.Check(factPath, fact, ValueRule.OneOf<HistoryFactKind>());
                if (fact.ValueKind == JsonValueKind.String && !facts.Add(fact.GetString()!))
                {
                    context.Problem(factPath, $"fact {JsonValueText.Show(fact)} listed twice");
                }
            }
            context.CheckIfPresent(entryPath, entry, "knownTo", ValueRule.Agencies);
        }
    }
}
