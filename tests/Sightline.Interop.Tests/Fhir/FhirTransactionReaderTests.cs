using System.Text.Json;
using System.Text.Json.Nodes;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;
using Sightline.Interop.Fhir.Intake;
using static Sightline.Interop.Tests.Fhir.FhirBundles;

namespace Sightline.Interop.Tests.Fhir;

public class FhirTransactionReaderTests
{
    private static readonly AgencyId Ed = new("test.northmoor-ed");
    private static readonly PersonId Ruby = new("test.northmoor-ed:p1");
    private static readonly PersonId Amy = new("test.northmoor-ed:rp-mother");
    private static readonly PersonId Dean = new("test.northmoor-ed:rp-father");
    private static readonly PersonId Joan = new("test.northmoor-ed:rp-gran");

    /// <summary>A baby, her family, two encounters, an injury each way, a centile and a flag.</summary>
    private static JsonObject Family() => Transaction(
        Patient("p1", "9434765935", "2026-09-01"),
        RelatedPerson("rp-mother", "p1", "MTH", "Amy", "Hart", "female", "1997-03-14", "9434765943"),
        RelatedPerson("rp-father", "p1", "PRN", "Dean", "Hart", "male"),
        RelatedPerson("rp-gran", "p1", "MGRMTH", "Joan", "Hart", "female"),
        Encounter("e1", "p1", "EMER", "2026-11-02T10:30:00+00:00", "2026-11-02T14:00:00+00:00", "Bruise to cheek"),
        Encounter("e2", "p1", "IMP", "2026-11-02T14:05:00Z", "2026-11-05T09:00:00Z", "Observation of head injury", disposition: "Home with parents"),
        InjuryObservation("o1", "p1", "125667009", "Contusion", "2026-11-02T10:45:00+00:00", "left cheek", "Mother says she rolled against the cot."),
        WeightCentile("o2", "p1", "2026-11-02", 25),
        InjuryCondition("c1", "p1", "125605004", "Fracture of bone", "2026-11-03", "left tibia"),
        Flag("f1", "p1", "Safeguarding concern"));

    /// <summary>The same delivery as the intake contract describes it, built from Core records.</summary>
    private static IntakeBatch FamilyAsRecords() => new()
    {
        Persons =
        [
            new Person { Id = Ruby, Role = PersonRole.Child, Sex = Sex.Female, Born = new(2026, 9, 1), Name = "Ruby Hart", NhsNumber = NhsNumber.Parse("9434765935"), Postcode = UkPostcode.Parse("NM1 4AB") },
            new Person { Id = Amy, Role = PersonRole.Mother, Sex = Sex.Female, Born = new(1997, 3, 14), Name = "Amy Hart", NhsNumber = NhsNumber.Parse("9434765943") },
            new Person { Id = Dean, Role = PersonRole.Father, Sex = Sex.Male, Name = "Dean Hart" },
            new Person { Id = Joan, Role = PersonRole.Grandparent, Sex = Sex.Female, Name = "Joan Hart" },
        ],
        Relationships =
        [
            new Relationship(Amy, Ruby, RelationshipType.Parent),
            new Relationship(Dean, Ruby, RelationshipType.Parent),
            new Relationship(Joan, Ruby, RelationshipType.Grandparent),
        ],
        Events =
        [
            Sourced("Encounter/e1", new Attendance { Date = new(2026, 11, 2), Agency = Ed, Subjects = [Ruby], Setting = CareSetting.EmergencyDepartment, Reason = "Bruise to cheek" }),
            Sourced("Encounter/e2#admitted", new Admitted { Date = new(2026, 11, 2), Agency = Ed, Subjects = [Ruby], Reason = "Observation of head injury" }),
            Sourced("Observation/o1", new Injury { Date = new(2026, 11, 2), Agency = Ed, Subjects = [Ruby], Type = InjuryType.Bruise, Site = "left cheek", Note = "Mother says she rolled against the cot." }),
            Sourced("Observation/o2", new Growth { Date = new(2026, 11, 2), Agency = Ed, Subjects = [Ruby], Centile = 25 }),
            Sourced("Condition/c1", new Injury { Date = new(2026, 11, 3), Agency = Ed, Subjects = [Ruby], Type = InjuryType.Fracture, Site = "left tibia" }),
            Sourced("Encounter/e2#discharged", new Discharged { Date = new(2026, 11, 5), Agency = Ed, Subjects = [Ruby], Reason = "Home with parents" }),
        ],
    };

    private static SourcedEvent Sourced(string sourceId, CaseEvent e) => new(new EventSource(Ed, sourceId), e);

    private static FhirTransaction Read(JsonObject bundle) => FhirTransactionReader.Read(bundle.ToJsonString(), Ed);

    private static IReadOnlyList<FhirIssue> Rejected(JsonObject bundle)
    {
        var read = Read(bundle);
        Assert.False(read.IsAccepted);
        Assert.Empty(read.Entries);
        return read.Issues;
    }

    /// <summary>The one issue at <paramref name="expression"/>, which must mention <paramref name="words"/>.</summary>
    private static FhirIssue IssueAt(IReadOnlyList<FhirIssue> issues, string expression, string words)
    {
        var issue = Assert.Single(issues, i => i.Expression == expression);
        Assert.Contains(words, issue.Diagnostics, StringComparison.Ordinal);
        return issue;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, EventJson.Options);

    [Fact]
    public void A_bundle_maps_to_the_same_batch_as_the_records_it_stands_for()
    {
        var read = Read(Family());
        var expected = FamilyAsRecords();

        Assert.Empty(read.Issues);
        var batch = read.Batch!;
        Assert.Empty(batch.Agencies);
        Assert.Empty(batch.Households);
        Assert.Equal(expected.Persons.Select(Json), batch.Persons.Select(Json));
        Assert.Equal(expected.Relationships, batch.Relationships);
        Assert.Equal(expected.Events.Select(e => e.Source), batch.Events.Select(e => e.Source));
        Assert.Equal(expected.Events.Select(e => EventJson.Serialize(e.Event)), batch.Events.Select(e => EventJson.Serialize(e.Event)));
    }

    [Fact]
    public void Each_entry_says_what_it_became_and_a_flag_records_nothing()
    {
        var entries = Read(Family()).Entries;

        Assert.Equal(Enumerable.Range(0, 10), entries.Select(e => e.Index));
        Assert.Equal("Patient/p1", entries[0].Resource);
        Assert.Contains("person test.northmoor-ed:p1 (child)", entries[0].Summary, StringComparison.Ordinal);
        Assert.Contains("(father), parent of test.northmoor-ed:p1", entries[2].Summary, StringComparison.Ordinal);
        Assert.Equal("Recorded as admitted on 2026-11-02 (source id Encounter/e2#admitted); discharged on 2026-11-05 (source id Encounter/e2#discharged).", entries[5].Summary);
        var flag = entries[9];
        Assert.False(flag.Recorded);
        Assert.StartsWith("Recorded nothing: a Flag ('Safeguarding concern')", flag.Summary, StringComparison.Ordinal);
        Assert.All(entries.Take(9), e => Assert.True(e.Recorded));
    }

    [Fact]
    public void Reading_the_same_bundle_twice_gives_the_same_source_ids()
    {
        var first = Read(Family()).Batch!;
        var second = Read(Family()).Batch!;

        Assert.Equal(first.Events.Select(e => e.Source), second.Events.Select(e => e.Source));
        Assert.Equal(first.Events.Count, first.Events.Select(e => e.Source).Distinct().Count());
    }

    [Fact]
    public void References_by_urn_uuid_resolve_and_the_uuid_is_the_senders_id()
    {
        var patient = Patient("x", "9434765935", "2026-09-01");
        patient.Remove("id");
        var encounter = Encounter("x", "x", "EMER", "2026-11-02", null, "Fall");
        encounter.Remove("id");
        encounter["subject"] = Reference("urn:uuid:0d5f4c1e-7a51-4f3e-9f5e-2a1b3c4d5e6f");
        var bundle = new JsonObject
        {
            ["resourceType"] = "Bundle",
            ["type"] = "transaction",
            ["entry"] = new JsonArray(
                new JsonObject { ["fullUrl"] = "urn:uuid:0d5f4c1e-7a51-4f3e-9f5e-2a1b3c4d5e6f", ["resource"] = patient, ["request"] = new JsonObject { ["method"] = "POST", ["url"] = "Patient" } },
                new JsonObject { ["fullUrl"] = "urn:uuid:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", ["resource"] = encounter, ["request"] = new JsonObject { ["method"] = "POST", ["url"] = "Encounter" } }),
        };

        var batch = Read(bundle).Batch!;

        Assert.Equal("test.northmoor-ed:0d5f4c1e-7a51-4f3e-9f5e-2a1b3c4d5e6f", Assert.Single(batch.Persons).Id.Value);
        var attendance = Assert.Single(batch.Events);
        Assert.Equal("Encounter/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", attendance.Source.SourceId);
        Assert.Equal(batch.Persons[0].Id, Assert.Single(attendance.Event.Subjects));
    }

    [Fact]
    public void Events_are_in_date_order_and_same_day_events_in_bundle_order_whatever_their_type()
    {
        var batch = Read(Transaction(
            Patient("p1", null, "2026-09-01"),
            InjuryObservation("o1", "p1", "125667009", "Contusion", "2026-11-02", "cheek"),
            Encounter("e1", "p1", "EMER", "2026-11-02", null, "Bruise"),
            WeightCentile("o2", "p1", "2026-11-01", 50))).Batch!;

        Assert.Equal(["Observation/o2", "Observation/o1", "Encounter/e1"], batch.Events.Select(e => e.Source.SourceId));
    }

    [Fact]
    public void An_admission_without_an_end_is_an_admission_only()
    {
        var batch = Read(Transaction(
            Patient("p1", null, "2026-09-01"),
            Encounter("e2", "p1", "ACUTE", "2026-11-02T14:05:00Z", null, "Head injury", status: "in-progress"))).Batch!;

        var admitted = Assert.IsType<Admitted>(Assert.Single(batch.Events).Event);
        Assert.Equal("Head injury", admitted.Reason);
        Assert.Equal("Encounter/e2#admitted", batch.Events[0].Source.SourceId);
    }

    [Theory]
    [InlineData("cancelled")]
    [InlineData("planned")]
    [InlineData("entered-in-error")]
    public void An_encounter_that_did_not_happen_records_nothing(string status)
    {
        var read = Read(Transaction(Patient("p1", null, "2026-09-01"), Encounter("e1", "p1", "EMER", "2026-11-02", null, "Fall", status)));

        Assert.Empty(read.Batch!.Events);
        Assert.False(read.Entries[1].Recorded);
        Assert.Contains($"status is {status}", read.Entries[1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refuted_injury_records_nothing()
    {
        var condition = InjuryCondition("c1", "p1", "125667009", "Contusion", "2026-11-02", "cheek");
        condition["verificationStatus"] = Concept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "refuted", null);

        var read = Read(Transaction(Patient("p1", null, "2026-09-01"), condition));

        Assert.Empty(read.Batch!.Events);
        Assert.False(read.Entries[1].Recorded);
    }

    [Fact]
    public void A_parent_of_unknown_gender_is_another_adult_who_is_a_parent_and_foster_carers_and_siblings_are_mapped()
    {
        var batch = Read(Transaction(
            Patient("p1", null, "2026-09-01"),
            RelatedPerson("r1", "p1", "PRN", "Sam", "Hart", "unknown"),
            RelatedPerson("r2", "p1", "FTHFOST", "Ian", "Ward", "male"),
            RelatedPerson("r3", "p1", "SIS", "Lily", "Hart", "female", "2022-05-01"),
            RelatedPerson("r4", "p1", "STPFTH", "Kyle", "Moss", "male"))).Batch!;

        Assert.Equal([PersonRole.Child, PersonRole.OtherAdult, PersonRole.OtherAdult, PersonRole.Child, PersonRole.Partner], batch.Persons.Select(p => p.Role));
        Assert.Equal([RelationshipType.Parent, RelationshipType.Carer, RelationshipType.Sibling, RelationshipType.StepParent], batch.Relationships.Select(r => r.Type));
        Assert.All(batch.Relationships, r => Assert.Equal(new PersonId("test.northmoor-ed:p1"), r.To));
    }

    [Fact]
    public void A_body_that_is_not_json_is_fatal()
    {
        var read = FhirTransactionReader.Read("{\"resourceType\": \"Bundle\",", Ed);

        Assert.False(read.IsBundle);
        var issue = Assert.Single(read.Issues);
        Assert.Equal(FhirIssueSeverity.Fatal, issue.Severity);
        Assert.Equal(FhirIssueType.Structure, issue.Code);
        Assert.StartsWith("the body is not valid JSON", issue.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resource_other_than_a_bundle_is_fatal()
    {
        var read = FhirTransactionReader.Read(Patient("p1", null, "2026-09-01").ToJsonString(), Ed);

        Assert.False(read.IsBundle);
        Assert.Equal("Bundle: the body is a Patient: POST /fhir takes a FHIR Bundle of type transaction [not-supported]", Assert.Single(read.Issues).ToString());
    }

    [Theory]
    [InlineData("collection", "must be transaction, not collection")]
    [InlineData("batch", "must be transaction, not batch")]
    [InlineData("bundle", "'bundle' is not one of document, message, transaction")]
    public void A_bundle_that_is_not_a_transaction_is_rejected(string type, string words)
    {
        var bundle = Family();
        bundle["type"] = type;

        var issues = Rejected(bundle);

        Assert.True(Read(bundle).IsBundle);
        IssueAt(issues, "Bundle.type", words);
    }

    [Fact]
    public void A_missing_bundle_type_is_rejected()
    {
        var bundle = Family();
        bundle.Remove("type");

        IssueAt(Rejected(bundle), "Bundle.type", "is required");
    }

    [Fact]
    public void An_entry_of_a_resource_type_not_taken_is_rejected_naming_the_types_taken()
    {
        var bundle = Transaction(Patient("p1", null, "2026-09-01"), new JsonObject { ["resourceType"] = "MedicationRequest", ["id"] = "m1" });

        var issue = IssueAt(Rejected(bundle), "Bundle.entry[1].resource.resourceType", "Sightline does not take a MedicationRequest here");
        Assert.Equal(FhirIssueType.NotSupported, issue.Code);
        Assert.Contains("Patient, RelatedPerson, Encounter, Observation, Condition, Flag", issue.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void An_NHS_number_whose_check_digit_fails_is_rejected()
    {
        var bundle = Family();
        Resource(bundle, 0)["identifier"]![0]!["value"] = "9434765936";

        var issue = IssueAt(Rejected(bundle), "Bundle.entry[0].resource.identifier[0].value", "'9434765936' is not a valid NHS number");
        Assert.Equal(FhirIssueType.Value, issue.Code);
    }

    [Fact]
    public void A_missing_subject_is_rejected_at_its_path()
    {
        var bundle = Family();
        Resource(bundle, 4).Remove("subject");

        var issue = IssueAt(Rejected(bundle), "Bundle.entry[4].resource.subject", "is required");
        Assert.Equal(FhirIssueType.Required, issue.Code);
        Assert.Equal("Bundle.entry[4].resource.subject: is required [required]", issue.ToString());
    }

    [Fact]
    public void A_reference_to_a_resource_not_in_the_bundle_is_rejected()
    {
        var bundle = Family();
        Resource(bundle, 6)["subject"] = Reference("Patient/p9");

        var issue = IssueAt(Rejected(bundle), "Bundle.entry[6].resource.subject", "'Patient/p9' does not resolve to an entry of this bundle");
        Assert.Equal(FhirIssueType.NotFound, issue.Code);
    }

    [Fact]
    public void A_reference_to_the_wrong_type_is_rejected()
    {
        var bundle = Family();
        Resource(bundle, 4)["subject"] = Reference("RelatedPerson/rp-mother");

        IssueAt(Rejected(bundle), "Bundle.entry[4].resource.subject", "must refer to a Patient, but 'RelatedPerson/rp-mother' is the RelatedPerson of Bundle.entry[1]");
    }

    [Fact]
    public void Every_problem_of_a_bundle_is_reported_at_once_and_nothing_is_accepted()
    {
        var bundle = Family();
        Resource(bundle, 0)["birthDate"] = "2026-09";
        Resource(bundle, 4).Remove("status");
        Resource(bundle, 5)["class"] = new JsonArray(new JsonObject { ["system"] = ActCode, ["code"] = "IMP" });
        Resource(bundle, 6).Remove("bodySite");
        Resource(bundle, 7)["valueQuantity"]!["value"] = 100;
        Resource(bundle, 8)["recordedDate"] = "2026-11-03T10:00:00";

        var issues = Rejected(bundle);

        IssueAt(issues, "Bundle.entry[0].resource.birthDate", "'2026-09' is a partial date");
        IssueAt(issues, "Bundle.entry[4].resource.status", "is required");
        IssueAt(issues, "Bundle.entry[5].resource.class", "must be a single object, not an array");
        IssueAt(issues, "Bundle.entry[6].resource.bodySite", "is required for an injury");
        IssueAt(issues, "Bundle.entry[7].resource.valueQuantity.value", "100 is not a centile");
        IssueAt(issues, "Bundle.entry[8].resource.recordedDate", "is not a FHIR dateTime");
        Assert.Equal(6, issues.Count);
        Assert.All(issues, i => Assert.Equal(FhirIssueSeverity.Error, i.Severity));
    }

    [Theory]
    [InlineData("AMB", FhirIssueType.NotSupported)]
    [InlineData("XYZ", FhirIssueType.CodeInvalid)]
    public void An_encounter_class_other_than_emergency_or_inpatient_is_rejected(string code, FhirIssueType type)
    {
        var bundle = Family();
        Resource(bundle, 4)["class"]!["code"] = code;

        Assert.Equal(type, IssueAt(Rejected(bundle), "Bundle.entry[4].resource.class.code", "is not an encounter class Sightline records").Code);
    }

    [Fact]
    public void An_encounter_class_of_another_code_system_is_rejected()
    {
        var bundle = Family();
        Resource(bundle, 4)["class"]!["system"] = "http://snomed.info/sct";

        IssueAt(Rejected(bundle), "Bundle.entry[4].resource.class", "must be a code of http://terminology.hl7.org/CodeSystem/v3-ActCode");
    }

    [Fact]
    public void An_observation_Sightline_does_not_record_is_rejected_naming_the_codes_it_takes()
    {
        var bundle = Family();
        Resource(bundle, 7)["code"] = Concept("http://loinc.org", "29463-7", "Body weight");

        var issue = IssueAt(Rejected(bundle), "Bundle.entry[7].resource.code", "is not an observation Sightline records");
        Assert.Contains("8336-0", issue.Diagnostics, StringComparison.Ordinal);
        Assert.Contains("125667009 (Contusion)", issue.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void A_related_person_without_a_relationship_Sightline_records_is_rejected()
    {
        var bundle = Family();
        Resource(bundle, 2)["relationship"] = new JsonArray(Concept("http://terminology.hl7.org/CodeSystem/v2-0131", "N", "Next-of-Kin"));

        IssueAt(Rejected(bundle), "Bundle.entry[2].resource.relationship", "needs a coding of http://terminology.hl7.org/CodeSystem/v3-RoleCode");
    }

    [Fact]
    public void Events_of_an_adult_patient_or_before_birth_are_rejected()
    {
        var bundle = Transaction(
            Patient("p1", null, "2008-01-10"),
            Encounter("e1", "p1", "EMER", "2026-01-10", null, "Overdose"),
            Encounter("e2", "p1", "EMER", "2007-12-01", null, "Fall"));

        var issues = Rejected(bundle);

        IssueAt(issues, "Bundle.entry[1].resource.period.start", "the patient was 18 or over on 2026-01-10");
        IssueAt(issues, "Bundle.entry[2].resource.period.start", "2007-12-01 is before the patient was born (2008-01-10)");
    }

    [Fact]
    public void Two_entries_for_one_resource_are_rejected()
    {
        var bundle = Transaction(Patient("p1", null, "2026-09-01"), Patient("p1", null, "2026-09-01"));

        IssueAt(Rejected(bundle), "Bundle.entry[1]", "Patient/p1 is also Bundle.entry[0]");
    }

    [Fact]
    public void A_patient_and_a_related_person_with_one_id_are_rejected()
    {
        var bundle = Transaction(Patient("p1", null, "2026-09-01"), RelatedPerson("p1", "p1", "MTH", "Amy", "Hart", "female"));

        IssueAt(Rejected(bundle), "Bundle.entry[1].resource.id", "'p1' is also the id of the Patient of Bundle.entry[0]");
    }

    [Theory]
    [InlineData("DELETE", "Patient/p1", "Bundle.entry[0].request.method", "DELETE is not taken")]
    [InlineData("PUT", "Patient/p2", "Bundle.entry[0].request.url", "a PUT of this Patient goes to Patient/p1")]
    [InlineData("POST", "Encounter", "Bundle.entry[0].request.url", "a POST of this Patient goes to Patient")]
    public void A_request_that_does_not_record_the_resource_is_rejected(string method, string url, string expression, string words)
    {
        var bundle = Transaction(Patient("p1", null, "2026-09-01"));
        bundle["entry"]![0]!["request"] = new JsonObject { ["method"] = method, ["url"] = url };

        IssueAt(Rejected(bundle), expression, words);
    }

    [Fact]
    public void A_transaction_entry_needs_its_request()
    {
        var bundle = Family();
        bundle["entry"]![3]!.AsObject().Remove("request");

        IssueAt(Rejected(bundle), "Bundle.entry[3].request", "is required");
    }

    [Fact]
    public void A_modifier_extension_is_not_ignored()
    {
        var bundle = Family();
        Resource(bundle, 6)["modifierExtension"] = new JsonArray(new JsonObject { ["url"] = "https://example.org/not-really", ["valueBoolean"] = true });

        Assert.Equal(FhirIssueType.Extension, IssueAt(Rejected(bundle), "Bundle.entry[6].resource.modifierExtension", "understands no modifier extension").Code);
    }

    [Fact]
    public void A_resource_without_an_id_or_a_fullUrl_to_key_it_is_rejected()
    {
        var bundle = Family();
        Resource(bundle, 7).Remove("id");
        bundle["entry"]![7]!.AsObject().Remove("fullUrl");
        bundle["entry"]![7]!["request"] = new JsonObject { ["method"] = "POST", ["url"] = "Observation" };

        IssueAt(Rejected(bundle), "Bundle.entry[7].resource.id", "a bundle sent twice is stored once");
    }

    [Fact]
    public void Nulls_empty_strings_and_empty_arrays_are_not_FHIR_JSON()
    {
        var bundle = Family();
        Resource(bundle, 0)["gender"] = null;
        Resource(bundle, 1)["name"] = new JsonArray();
        Resource(bundle, 3)["gender"] = " ";

        var issues = Rejected(bundle);

        IssueAt(issues, "Bundle.entry[0].resource.gender", "must not be null");
        IssueAt(issues, "Bundle.entry[1].resource.name", "must not be an empty array");
        IssueAt(issues, "Bundle.entry[3].resource.gender", "must not be empty or only white space");
    }

    [Fact]
    public void The_operation_outcome_lists_each_issue_with_severity_code_diagnostics_and_expression()
    {
        var bundle = Family();
        Resource(bundle, 4).Remove("subject");

        using var outcome = JsonDocument.Parse(FhirResponses.OperationOutcome(Rejected(bundle)));

        var root = outcome.RootElement;
        Assert.Equal("OperationOutcome", root.GetProperty("resourceType").GetString());
        var issue = Assert.Single(root.GetProperty("issue").EnumerateArray());
        Assert.Equal("error", issue.GetProperty("severity").GetString());
        Assert.Equal("required", issue.GetProperty("code").GetString());
        Assert.Equal("is required", issue.GetProperty("diagnostics").GetString());
        Assert.Equal("Bundle.entry[4].resource.subject", Assert.Single(issue.GetProperty("expression").EnumerateArray()).GetString());
    }

    [Fact]
    public void The_transaction_response_has_an_entry_per_request_entry_and_the_receipt()
    {
        var read = Read(Family());

        using var response = JsonDocument.Parse(FhirResponses.TransactionResponse(read, new FhirIntakeReceipt(6, 0, 4, 0, 2)));

        var root = response.RootElement;
        Assert.Equal("transaction-response", root.GetProperty("type").GetString());
        var entries = root.GetProperty("entry").EnumerateArray().ToList();
        Assert.Equal(10, entries.Count);
        Assert.All(entries, e => Assert.Equal("200 OK", e.GetProperty("response").GetProperty("status").GetString()));
        var receipt = Assert.Single(root.GetProperty("meta").GetProperty("extension").EnumerateArray());
        Assert.Equal(FhirResponses.ReceiptExtension, receipt.GetProperty("url").GetString());
        var counts = receipt.GetProperty("extension").EnumerateArray().ToDictionary(e => e.GetProperty("url").GetString()!, e => e.GetProperty("valueInteger").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["eventsStored"] = 6, ["eventsAlreadyPresent"] = 0, ["personsAdded"] = 4, ["personsUpdated"] = 0, ["alertsRaised"] = 2 }, counts);
        var flagOutcome = entries[9].GetProperty("response").GetProperty("outcome").GetProperty("issue")[0];
        Assert.Equal("information", flagOutcome.GetProperty("severity").GetString());
        Assert.StartsWith("Flag/f1: Recorded nothing", flagOutcome.GetProperty("diagnostics").GetString(), StringComparison.Ordinal);
    }
}
