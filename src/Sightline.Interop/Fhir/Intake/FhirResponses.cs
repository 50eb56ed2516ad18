using System.Text.Json;
using Sightline.Core.Vocabulary;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// The FHIR R4 JSON that <c>POST /fhir</c> answers with: an <c>OperationOutcome</c> listing
/// every issue, or a <c>transaction-response</c> Bundle with one entry per request entry, in
/// order, and the intake receipt.
/// </summary>
public static class FhirResponses
{
    /// <summary>The FHIR JSON media type.</summary>
    public const string MediaType = "application/fhir+json";

    /// <summary>
    /// The extension (on <c>Bundle.meta</c>, since a Bundle has no extensions of its own) that
    /// carries the intake receipt, with one <c>valueInteger</c> sub-extension per count.
    /// </summary>
    public const string ReceiptExtension = "https://sightline.example/fhir/StructureDefinition/intake-receipt";

    /// <summary>An OperationOutcome of the issues (at least one).</summary>
    /// <param name="issues">The issues, in order.</param>
    public static byte[] OperationOutcome(IEnumerable<FhirIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        return Write(writer => WriteOutcome(writer, issues.ToList()));
    }

    /// <summary>The transaction-response for an accepted transaction and what storing it did.</summary>
    /// <param name="transaction">The transaction as read (accepted).</param>
    /// <param name="receipt">What storing it did.</param>
    public static byte[] TransactionResponse(FhirTransaction transaction, FhirIntakeReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(receipt);
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "Bundle");
            writer.WriteStartObject("meta");
            writer.WriteStartArray("extension");
            writer.WriteStartObject();
            writer.WriteString("url", ReceiptExtension);
            writer.WriteStartArray("extension");
            WriteCount(writer, "eventsStored", receipt.EventsStored);
            WriteCount(writer, "eventsAlreadyPresent", receipt.EventsAlreadyPresent);
            WriteCount(writer, "personsAdded", receipt.PersonsAdded);
            WriteCount(writer, "personsUpdated", receipt.PersonsUpdated);
            WriteCount(writer, "alertsRaised", receipt.AlertsRaised);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteString("type", "transaction-response");
            if (transaction.Entries.Count > 0)
            {
                writer.WriteStartArray("entry");
                foreach (var entry in transaction.Entries)
                {
                    writer.WriteStartObject();
                    writer.WriteStartObject("response");
                    // Every entry is keyed by the sender's own id, so each is an idempotent update: 200.
                    writer.WriteString("status", "200 OK");
                    writer.WritePropertyName("outcome");
                    WriteOutcome(writer, [new FhirIssue(FhirIssueSeverity.Information, FhirIssueType.Informational, $"Bundle.entry[{entry.Index}]", $"{entry.Resource}: {entry.Summary}")]);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        });
    }

    private static void WriteOutcome(Utf8JsonWriter writer, List<FhirIssue> issues)
    {
        if (issues.Count == 0)
        {
            throw new ArgumentException("An OperationOutcome needs at least one issue.", nameof(issues));
        }
        writer.WriteStartObject();
        writer.WriteString("resourceType", "OperationOutcome");
        writer.WriteStartArray("issue");
        foreach (var issue in issues)
        {
            writer.WriteStartObject();
            writer.WriteString("severity", Wire.Name(issue.Severity));
            writer.WriteString("code", Wire.Name(issue.Code));
            writer.WriteString("diagnostics", issue.Diagnostics);
            if (issue.Expression is not null)
            {
                writer.WriteStartArray("expression");
                writer.WriteStringValue(issue.Expression);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter writer, string name, int count)
    {
        writer.WriteStartObject();
        writer.WriteString("url", name);
        writer.WriteNumber("valueInteger", count);
        writer.WriteEndObject();
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            write(writer);
        }
        return buffer.ToArray();
    }
}
