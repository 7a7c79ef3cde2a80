namespace ContainerLint.Core.Tests.Dockerfile.Rules;

using ContainerLint.Core.Configuration;

/// <summary>CL1024 EndOfLifeBaseImage: snippet -> exact spans.</summary>
public sealed class EndOfLifeBaseImageTests
{
    private static readonly LintConfiguration Config = LintConfiguration.Default with { Policy = Policies.All, EolReferenceDate = new DateOnly(2025, 12, 1) };

    [Theory]
    [InlineData("FROM centos:8\n", new string[] { "CL1024@(1,6,1,14)" })]
    [InlineData("FROM python:3.11-slim-buster\n", new string[] { "CL1024@(1,6,1,29)" })]
    [InlineData("FROM node:22-alpine3.16\n", new string[] { "CL1024@(1,6,1,24)" })]
    [InlineData("FROM python:3.13-slim\n", new string[] { })]
    [InlineData("FROM python:3.12\n", new string[] { })]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:6.0\n", new string[] { "CL1024@(1,6,1,41)" })]
    [InlineData("ARG NODE=14\nFROM node:${NODE}-alpine AS build\nFROM nginx:1.27\n", new string[] { })]
    [InlineData("FROM golang:1.20 AS build\nFROM gcr.io/distroless/static-debian12\n", new string[] { "CL1024@(1,6,1,17)" })]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:5.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:5.0 AS base\nFROM base\n", new string[] { "CL1024@(2,6,2,41)" })]
    [InlineData("FROM php:7.3-apache\n", new string[] { "CL1024@(1,6,1,20)" })]
    [InlineData("FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-1903\n", new string[] { "CL1024@(1,6,1,74)" })]
    [InlineData("FROM debian:bookworm-slim\n", new string[] { })]
    [InlineData("FROM ubuntu:20.04\n", new string[] { "CL1024@(1,6,1,18)" })]
    [InlineData("FROM ubuntu:22.04\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1024", dockerfile, Config));

    [Theory]
    [InlineData("FROM php:7.3-apache\n", "PHP 7.3", "2021-12-06")]
    [InlineData("FROM ruby:2.6-slim\n", "Ruby 2.6", "2022-04-12")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:1909\n", "Windows Server 1909", "2021-05-11")]
    public void TheMessageNamesTheReleaseAndItsOwnDate(string dockerfile, string product, string date)
    {
        var message = DockerfileRuleHarness.Findings("CL1024", dockerfile).Single().Message;
        Assert.Contains(product + ",", message, StringComparison.Ordinal);
        Assert.Contains(date, message, StringComparison.Ordinal);
    }
}
