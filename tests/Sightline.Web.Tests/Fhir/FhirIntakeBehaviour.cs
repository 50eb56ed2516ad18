using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;
using Sightline.Storage;
using Sightline.Storage.Audit;
using Sightline.Storage.Protocols;
using Sightline.Web.Access;
using static Sightline.Interop.Tests.Fhir.FhirBundles;

namespace Sightline.Web.Tests.Fhir;

/// <summary>
/// <c>POST /fhir</c> over a real database (SQLite and PostgreSQL): a transaction is stored as the
/// same events as the records it stands for, once however often it is sent, raises its alerts at
/// once and is audited; a malformed one is refused whole with every problem named.
/// </summary>
public abstract class FhirIntakeBehaviour(SiteFixture site)
{
    private static readonly AgencyId Ed = new("web.northmoor-ed");

    private SightlineStore Store => site.Service<SightlineStore>();

    /// <summary>
    /// A baby of 2 months with a bruise seen in the emergency department, her mother, her
    /// admission and a flag. Ids, family names and NHS numbers are made from <paramref name="key"/>,
    /// so each test has a family of its own in the fixture's database, which identity resolution
    /// does not take for another (the Harts' Ruby is also born on 1 September 2026).
    /// </summary>
    private static JsonObject Bundle(string key) => Transaction(
        Patient($"{key}-baby", NhsNumberFor(key, 1), "2026-09-01", family: FamilyName(key)),
        RelatedPerson($"{key}-mother", $"{key}-baby", "MTH", "Amy", FamilyName(key), "female", "1997-03-14", NhsNumberFor(key, 2)),
        Encounter($"{key}-ed", $"{key}-baby", "EMER", "2026-11-02T10:30:00+00:00", null, "Bruise to cheek"),
        InjuryObservation($"{key}-bruise", $"{key}-baby", "125667009", "Contusion", "2026-11-02T10:45:00+00:00", "left cheek", "Mother says she rolled against the cot."),
        Encounter($"{key}-stay", $"{key}-baby", "IMP", "2026-11-02T14:05:00Z", "2026-11-04T09:00:00Z", "Bruise to cheek", disposition: "Home with parents"),
        Flag($"{key}-flag", $"{key}-baby", "Safeguarding concern"));

    /// <summary>The same delivery as the intake contract describes it, from Core records.</summary>
    private static IntakeBatch Records(string key)
    {
        var baby = AgencyRecord.PersonId(Ed, $"{key}-baby");
        var mother = AgencyRecord.PersonId(Ed, $"{key}-mother");
        return new IntakeBatch
        {
            Persons =
            [
                new Person { Id = baby, Role = PersonRole.Child, Sex = Sex.Female, Born = new(2026, 9, 1), Name = $"Ruby {FamilyName(key)}", NhsNumber = NhsNumber.Parse(NhsNumberFor(key, 1)), Postcode = UkPostcode.Parse("NM1 4AB") },
                new Person { Id = mother, Role = PersonRole.Mother, Sex = Sex.Female, Born = new(1997, 3, 14), Name = $"Amy {FamilyName(key)}", NhsNumber = NhsNumber.Parse(NhsNumberFor(key, 2)) },
            ],
            Relationships = [new Relationship(mother, baby, RelationshipType.Parent)],
            Events =
            [
                Sourced($"Encounter/{key}-ed", new Attendance { Date = new(2026, 11, 2), Agency = Ed, Subjects = [baby], Setting = CareSetting.EmergencyDepartment, Reason = "Bruise to cheek" }),
                Sourced($"Observation/{key}-bruise", new Injury { Date = new(2026, 11, 2), Agency = Ed, Subjects = [baby], Type = InjuryType.Bruise, Site = "left cheek", Note = "Mother says she rolled against the cot." }),
                Sourced($"Encounter/{key}-stay#admitted", new Admitted { Date = new(2026, 11, 2), Agency = Ed, Subjects = [baby], Reason = "Bruise to cheek" }),
                Sourced($"Encounter/{key}-stay#discharged", new Discharged { Date = new(2026, 11, 4), Agency = Ed, Subjects = [baby], Reason = "Home with parents" }),
            ],
        };
    }

    private static SourcedEvent Sourced(string sourceId, CaseEvent e) => new(new EventSource(Ed, sourceId), e);

    /// <summary>A family name of its own for each test family: <c>twice</c> → <c>Twice</c>.</summary>
    private static string FamilyName(string key) =>
        string.Concat(key.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>A valid NHS number of its own for each test family and member.</summary>
    private static string NhsNumberFor(string key, int member)
    {
        for (var seed = (uint)StringComparer.Ordinal.GetHashCode(key) % 80_000_000u + (uint)(member * 100_000); ; seed++)
        {
            if (NhsNumber.FromNineDigits($"9{seed:D8}") is { } number)
            {
                return number.Value;
            }
        }
    }

    private async Task<HttpClient> SystemAsync()
    {
        await Store.StoreBatchAsync(new IntakeBatch { Agencies = [new Agency(Ed, "Northmoor Emergency Department", AgencyKind.EmergencyDepartment, "Northmoor")] });
        return Bearer(site.Tokens.For("ed-system", Ed, SightlineRoles.AgencySystem));
    }

    private HttpClient Bearer(string token)
    {
        var client = site.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject bundle) => PostAsync(client, bundle.ToJsonString());

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string mediaType = "application/fhir+json")
    {
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        return await client.PostAsync(new Uri("/fhir", UriKind.Relative), content);
    }

    private static async Task<JsonElement> FhirJsonAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static Dictionary<string, int> Receipt(JsonElement bundle) =>
        bundle.GetProperty("meta").GetProperty("extension")[0].GetProperty("extension").EnumerateArray()
            .ToDictionary(e => e.GetProperty("url").GetString()!, e => e.GetProperty("valueInteger").GetInt32());

    private static List<(string Expression, string Code, string Diagnostics)> Issues(JsonElement outcome)
    {
        Assert.Equal("OperationOutcome", outcome.GetProperty("resourceType").GetString());
        return outcome.GetProperty("issue").EnumerateArray()
            .Select(i => (
                i.TryGetProperty("expression", out var e) ? e[0].GetString()! : "",
                i.GetProperty("code").GetString()!,
                i.GetProperty("diagnostics").GetString()!))
            .ToList();
    }

    [Fact]
    public async Task A_transaction_is_stored_as_the_same_events_as_its_records_and_raises_its_alerts_at_once()
    {
        var client = await SystemAsync();
        var expected = Records("same");
        var baby = expected.Persons[0].Id;

        using var response = await PostAsync(client, Bundle("same"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await FhirJsonAsync(response);
        Assert.Equal("transaction-response", reply.GetProperty("type").GetString());
        Assert.Equal(6, reply.GetProperty("entry").GetArrayLength());
        var receipt = Receipt(reply);
        Assert.Equal(4, receipt["eventsStored"]);
        Assert.Equal(0, receipt["eventsAlreadyPresent"]);
        Assert.Equal(2, receipt["personsAdded"]);

        var chronology = await Store.LoadChronologyAsync(baby);
        Assert.Equal(expected.Events.Select(e => e.Source), chronology.Select(e => e.Source));
        Assert.Equal(expected.Events.Select(e => EventJson.Serialize(e.Event)), chronology.Select(e => EventJson.Serialize(e.Event)));
        Assert.Equal(JsonSerializer.Serialize(expected.Persons[0], EventJson.Options), JsonSerializer.Serialize(await Store.FindPersonAsync(baby), EventJson.Options));
        var family = await Store.LoadFamilyAsync(baby);
        Assert.Equal(expected.Relationships, family!.Relationships);

        // The records themselves, stored now, find every event already there with the same content.
        var again = await Store.StoreBatchAsync(expected);
        Assert.Equal((0, 4, 0), (again.EventsStored, again.EventsAlreadyPresent, again.PersonsAdded));

        var alerts = await site.Service<SightlineAlerts>().ForPersonAsync(baby);
        var bruise = Assert.Single(alerts, a => a.Alert.Rule == "bruising-non-mobile");
        Assert.Equal(new DateOnly(2026, 11, 2), bruise.Alert.RaisedOn);
        Assert.Contains(Ed, bruise.Alert.Notify);
        Assert.Equal(alerts.Count, receipt["alertsRaised"]);
    }

    [Fact]
    public async Task The_example_of_docs_fhir_md_is_stored_raises_its_alert_and_stores_nothing_when_sent_again()
    {
        var northmoorEd = new AgencyId("northmoor-ed");
        await Store.StoreBatchAsync(new IntakeBatch { Agencies = [new Agency(northmoorEd, "Northmoor Emergency Department", AgencyKind.EmergencyDepartment, "Northmoor")] });
        var client = Bearer(site.Tokens.For("northmoor-ed-system", northmoorEd, SightlineRoles.AgencySystem));
        var example = DocumentedExample();

        using var first = await PostAsync(client, example);
        using var second = await PostAsync(client, example);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var reply = await FhirJsonAsync(first);
        Assert.Equal(
            new Dictionary<string, int> { ["eventsStored"] = 2, ["eventsAlreadyPresent"] = 0, ["personsAdded"] = 2, ["personsUpdated"] = 0, ["alertsRaised"] = 1 },
            Receipt(reply));
        var outcomes = reply.GetProperty("entry").EnumerateArray()
            .Select(e => e.GetProperty("response").GetProperty("outcome").GetProperty("issue")[0].GetProperty("diagnostics").GetString())
            .ToList();
        Assert.Equal("Patient/ed-48213: Recorded as person northmoor-ed:ed-48213 (child).", outcomes[0]);
        Assert.Equal("Encounter/att-7730: Recorded as attendance on 2026-11-14 (source id Encounter/att-7730).", outcomes[2]);
        var alert = Assert.Single(await site.Service<SightlineAlerts>().ForPersonAsync(new PersonId("northmoor-ed:ed-48213")));
        Assert.Equal("bruising-non-mobile", alert.Alert.Rule);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var again = Receipt(await FhirJsonAsync(second));
        Assert.Equal((0, 2, 0), (again["eventsStored"], again["eventsAlreadyPresent"], again["alertsRaised"]));
    }

    [Fact]
    public async Task An_agency_Sightline_does_not_know_may_not_send()
    {
        var client = Bearer(site.Tokens.For("stranger-system", new AgencyId("web.nowhere-ed"), SightlineRoles.AgencySystem));
        var persons = await Store.CountPersonsAsync();

        using var response = await PostAsync(client, Transaction(Patient("stranger-baby", null, "2026-10-03", "Ava", "Stranger")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("web.nowhere-ed, is not known to Sightline", Assert.Single(Issues(await FhirJsonAsync(response))).Diagnostics, StringComparison.Ordinal);
        Assert.Equal(persons, await Store.CountPersonsAsync());
    }

    [Fact]
    public async Task Other_methods_and_paths_under_fhir_answer_with_an_operation_outcome()
    {
        var client = await SystemAsync();

        using var get = await client.GetAsync(new Uri("/fhir", UriKind.Relative));
        using var elsewhere = await client.PostAsync(new Uri("/fhir/Patient", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal("not-supported", Assert.Single(Issues(await FhirJsonAsync(get))).Code);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal("not-found", Assert.Single(Issues(await FhirJsonAsync(elsewhere))).Code);
    }

    [Fact]
    public async Task A_transaction_sent_twice_is_stored_once()
    {
        var client = await SystemAsync();
        using var first = await PostAsync(client, Bundle("twice"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var events = await Store.CountEventsAsync();
        var persons = await Store.CountPersonsAsync();
        var alerts = await site.Service<SightlineAlerts>().CountAsync();

        using var second = await PostAsync(client, Bundle("twice"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var receipt = Receipt(await FhirJsonAsync(second));
        Assert.Equal(0, receipt["eventsStored"]);
        Assert.Equal(4, receipt["eventsAlreadyPresent"]);
        Assert.Equal(0, receipt["personsAdded"]);
        Assert.Equal(0, receipt["alertsRaised"]);
        Assert.Equal(events, await Store.CountEventsAsync());
        Assert.Equal(persons, await Store.CountPersonsAsync());
        Assert.Equal(alerts, await site.Service<SightlineAlerts>().CountAsync());
    }

    public static TheoryData<string, HttpStatusCode, string, string> Malformed { get; } = new()
    {
        { "not-json", HttpStatusCode.BadRequest, "Bundle", "the body is not valid JSON" },
        { "patient-not-bundle", HttpStatusCode.BadRequest, "Bundle", "the body is a Patient" },
        { "collection", HttpStatusCode.UnprocessableEntity, "Bundle.type", "must be transaction, not collection" },
        { "wrong-resource-type", HttpStatusCode.UnprocessableEntity, "Bundle.entry[6].resource.resourceType", "Sightline does not take a MedicationRequest here" },
        { "bad-nhs-number", HttpStatusCode.UnprocessableEntity, "Bundle.entry[0].resource.identifier[0].value", "is not a valid NHS number" },
        { "no-subject", HttpStatusCode.UnprocessableEntity, "Bundle.entry[3].resource.subject", "is required" },
        { "unresolved", HttpStatusCode.UnprocessableEntity, "Bundle.entry[2].resource.subject", "'Patient/nobody' does not resolve to an entry of this bundle" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_transaction_is_refused_naming_the_problem_and_nothing_is_stored(string spoil, HttpStatusCode status, string expression, string words)
    {
        var client = await SystemAsync();
        var bundle = Bundle($"bad-{spoil}");
        var body = bundle.ToJsonString();
        switch (spoil)
        {
            case "not-json":
                body = body[..^7];
                break;
            case "patient-not-bundle":
                body = Resource(bundle, 0).ToJsonString();
                break;
            case "collection":
                bundle["type"] = "collection";
                break;
            case "wrong-resource-type":
                bundle["entry"]!.AsArray().Add(new JsonObject { ["resource"] = new JsonObject { ["resourceType"] = "MedicationRequest", ["id"] = "m1" }, ["request"] = new JsonObject { ["method"] = "POST", ["url"] = "MedicationRequest" } });
                break;
            case "bad-nhs-number":
                var digits = (string)Resource(bundle, 0)["identifier"]![0]!["value"]!;
                Resource(bundle, 0)["identifier"]![0]!["value"] = digits[..9] + (char)('0' + ((digits[9] - '0' + 1) % 10));
                break;
            case "no-subject":
                Resource(bundle, 3).Remove("subject");
                break;
            case "unresolved":
                Resource(bundle, 2)["subject"] = Reference("Patient/nobody");
                break;
        }
        if (spoil is not ("not-json" or "patient-not-bundle"))
        {
            body = bundle.ToJsonString();
        }
        var events = await Store.CountEventsAsync();
        var persons = await Store.CountPersonsAsync();

        using var response = await PostAsync(client, body);

        Assert.Equal(status, response.StatusCode);
        var issue = Assert.Single(Issues(await FhirJsonAsync(response)));
        Assert.Equal(expression, issue.Expression);
        Assert.Contains(words, issue.Diagnostics, StringComparison.Ordinal);
        Assert.Equal(events, await Store.CountEventsAsync());
        Assert.Equal(persons, await Store.CountPersonsAsync());
    }

    [Fact]
    public async Task Every_problem_of_a_transaction_is_listed()
    {
        var client = await SystemAsync();
        var bundle = Bundle("many");
        Resource(bundle, 0)["identifier"]![0]!["value"] = "9434765936";
        Resource(bundle, 2).Remove("subject");
        Resource(bundle, 3)["subject"] = Reference("Patient/nobody");

        using var response = await PostAsync(client, bundle);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var issues = Issues(await FhirJsonAsync(response));
        Assert.Equal(
            ["Bundle.entry[0].resource.identifier[0].value", "Bundle.entry[2].resource.subject", "Bundle.entry[3].resource.subject"],
            issues.Select(i => i.Expression).Order(StringComparer.Ordinal));
        Assert.Equal(["not-found", "required", "value"], issues.Select(i => i.Code).Order(StringComparer.Ordinal));
        Assert.Null(await Store.FindPersonAsync(AgencyRecord.PersonId(Ed, "many-mother")));
    }

    [Fact]
    public async Task A_resend_that_changes_a_stored_event_is_refused_whole()
    {
        var client = await SystemAsync();
        using var first = await PostAsync(client, Bundle("changed"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var changed = Bundle("changed");
        Resource(changed, 2)["reasonCode"] = new JsonArray(new JsonObject { ["text"] = "Fall from sofa" });
        changed["entry"]!.AsArray().Add(Entry(Encounter("changed-later", "changed-baby", "EMER", "2026-11-10", null, "Cough")));
        var events = await Store.CountEventsAsync();

        using var second = await PostAsync(client, changed);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var issue = Assert.Single(Issues(await FhirJsonAsync(second)));
        Assert.Equal("conflict", issue.Code);
        Assert.Contains("nothing was stored", issue.Diagnostics, StringComparison.Ordinal);
        Assert.Equal(events, await Store.CountEventsAsync());
    }

    [Fact]
    public async Task An_accepted_transaction_is_audited_as_a_write_for_each_person_naming_the_flag_not_recorded()
    {
        var client = await SystemAsync();

        using var response = await PostAsync(client, Bundle("audited"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = await site.Service<AuditLog>().ForPersonAsync(AgencyRecord.PersonId(Ed, "audited-baby"));
        var write = Assert.Single(entries, e => e.Action == AuditAction.Write);
        Assert.Equal("ed-system", write.Actor);
        Assert.Equal(Ed, write.Agency);
        Assert.Equal(SightlineRoles.AgencySystem, write.Role);
        Assert.Equal("fhir transaction: 4 events stored, 0 already present; received, recorded as no event: Flag/audited-flag", write.What);
        Assert.Single(await site.Service<AuditLog>().ForPersonAsync(AgencyRecord.PersonId(Ed, "audited-mother")), e => e.Action == AuditAction.Write);
    }

    [Fact]
    public async Task A_practitioner_sends_for_their_own_agency()
    {
        var client = await site.ClientForAsync("hv");
        var bundle = Transaction(Patient("own-baby", null, "2026-10-12", "Noah", "Okafor", "male"), WeightCentile("own-weight", "own-baby", "2026-11-02", 9));

        using var response = await PostAsync(client, bundle);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = Assert.Single(await Store.LoadChronologyAsync(AgencyRecord.PersonId(HartFamily.Hv, "own-baby")));
        Assert.Equal(new EventSource(HartFamily.Hv, "Observation/own-weight"), stored.Source);
        Assert.Equal(HartFamily.Hv, stored.Event.Agency);
        Assert.Equal(9, Assert.IsType<Growth>(stored.Event).Centile);
    }

    public static TheoryData<string, HttpStatusCode, string> Senders { get; } = new()
    {
        { "anonymous", HttpStatusCode.Unauthorized, "login" },
        { "token:bad-key", HttpStatusCode.Unauthorized, "login" },
        { "analyst", HttpStatusCode.Forbidden, "forbidden" },
        { "admin", HttpStatusCode.Forbidden, "forbidden" },
        { "token:hv:analyst", HttpStatusCode.Forbidden, "forbidden" },
        { "token:hv:administrator", HttpStatusCode.Forbidden, "forbidden" },
    };

    [Theory]
    [MemberData(nameof(Senders))]
    public async Task Only_agency_systems_and_practitioners_may_send(string who, HttpStatusCode status, string code)
    {
        var client = await Requesters.ClientAsync(site, who);
        var events = await Store.CountEventsAsync();

        using var response = await PostAsync(client, Bundle($"refused-{who.Replace(':', '-')}"));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, Assert.Single(Issues(await FhirJsonAsync(response))).Code);
        Assert.Equal(events, await Store.CountEventsAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_FHIR_JSON_is_415()
    {
        var client = await SystemAsync();

        using var response = await PostAsync(client, Bundle("plain").ToJsonString(), "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/fhir+json", Assert.Single(Issues(await FhirJsonAsync(response))).Diagnostics, StringComparison.Ordinal);
    }
}
