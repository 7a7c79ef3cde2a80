# syntax=docker/dockerfile:1
# USER is a name: runAsNonRoot cannot be verified by the kubelet (CL5002).
FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY publish/ .
USER app
ENTRYPOINT ["dotnet", "Worker.dll"]
