using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Sightline.Interop.Checking;

/// <summary>Turns a file's bytes into a JSON document, or says precisely why it cannot.</summary>
internal static class JsonInput
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The parsed document, or null with the reason logged at <c>$</c>.</summary>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> utf8, ProblemLog log)
    {
        if (utf8.Span.StartsWith(ByteOrderMark))
        {
            log.Add(JsonPath.Root, "invalid JSON: the file starts with a byte order mark; save it as UTF-8 without one");
            return null;
        }
        if (FirstInvalidByte(utf8.Span) is { } offset)
        {
            var line = utf8.Span[..offset].Count((byte)'\n') + 1;
            log.Add(JsonPath.Root, $"not UTF-8: invalid byte at line {line} (byte offset {offset})");
            return null;
        }
        try
        {
            return JsonDocument.Parse(utf8);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            log.Add(JsonPath.Root, $"invalid JSON at line {line}, position {position}: {WithoutLocation(ex.Message)}");
            return null;
        }
    }

    private static int? FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return null;
    }

    // The parser appends "LineNumber: n | BytePositionInLine: m." counted from zero; the message
    // above gives the location counted from one, as editors show it. Its advice to change the
    // reader's options is for programmers, not for a scenario's author.
    private static string WithoutLocation(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = at < 0 ? message : message[..at];
        return text.Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal);
    }
}
