// The EF tools load this project's build output; running it only points at how to use it.
Console.WriteLine("Design-time start-up project for `dotnet ef migrations add`; see docs/storage.md.");
