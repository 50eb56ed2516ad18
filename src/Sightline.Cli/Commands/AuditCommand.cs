using System.CommandLine;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline audit verify|show</c>: checks the audit chain and lists a record's access history.</summary>
internal static class AuditCommand
{
    public static Command Create() => new("audit", "Check the tamper-evident audit log, or list who saw a person's record.")
    {
        AuditVerifyCommand.Create(),
        AuditShowCommand.Create(),
    };
}
