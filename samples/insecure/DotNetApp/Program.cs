var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => "Hello from a linted container");
app.Run();
