@echo off
rem thidua: runs lib\thidua.jar of this release on a Java 17 or newer runtime.
rem   bin\thidua.cmd COMMAND [OPTIONS]        (bin\thidua.cmd --help)
rem Java: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
rem THIDUA_JAVA_OPTS: more JVM options, placed last so that they override the ones below
rem (-XX:TieredStopAtLevel=4: the optimizing compiler too, for one very big workbook).
rem
rem Start-up: the first run records the classes it loads into a class-data-sharing archive,
rem %LOCALAPPDATA%\thidua\thidua-VERSION.jsa; later runs map it instead of loading some 3,500
rem classes one by one. Without that folder, runs go without the archive.
rem
rem No %VARIABLE% inside a parenthesized block below: a path with "(x86)" would end it early.
setlocal EnableExtensions DisableDelayedExpansion
set "THIDUA_VERSION=@project.version@"
set "THIDUA_CODE=2"

rem Vietnamese in the console: the UTF-8 code page while thidua runs, the old one afterwards.
set "THIDUA_CP="
for /f "tokens=2 delims=:." %%c in ('chcp') do set "THIDUA_CP=%%c"
chcp 65001 >nul

set "THIDUA_JAR=%~dp0..\lib\thidua.jar"

if not defined JAVA_HOME goto :path
if not exist "%JAVA_HOME%\bin\java.exe" goto :badjavahome
set "PATH=%JAVA_HOME%\bin;%PATH%"
:path
where java >nul 2>nul
if errorlevel 1 goto :nojava

rem The version as "java -version" prints it: "17.0.15", "21", "25", "1.8.0_381", "17-ea".
set "JVER="
for /f "tokens=3" %%v in ('java -version 2^>^&1 ^| findstr /i /c:" version "') do if not defined JVER set "JVER=%%~v"
if not defined JVER goto :unknownjava
set "JMAJOR="
set "JMINOR="
for /f "tokens=1,2 delims=.-_+" %%a in ("%JVER%") do (set "JMAJOR=%%a" & set "JMINOR=%%b")
if "%JMAJOR%"=="1" set "JMAJOR=%JMINOR%"
echo(%JMAJOR%| findstr /r "^[0-9][0-9]*$" >nul
if errorlevel 1 goto :unknownjava
if %JMAJOR% LSS 17 goto :oldjava

rem The JVM's own notices must never mix with the output; the serial collector and the quick
rem compiler suit district workbooks (see THIDUA_JAVA_OPTS above for a very big one).
set "THIDUA_OPTS=-Xshare:auto -Xlog:disable -XX:+UseSerialGC -XX:TieredStopAtLevel=1"

set "THIDUA_JSA="
if not defined LOCALAPPDATA goto :plain
if not exist "%LOCALAPPDATA%\thidua\" mkdir "%LOCALAPPDATA%\thidua" >nul 2>nul
if not exist "%LOCALAPPDATA%\thidua\" goto :plain
set "THIDUA_JSA=%LOCALAPPDATA%\thidua\thidua-%THIDUA_VERSION%.jsa"

rem An archive holds for one runtime: its .id file names the Java version that recorded it.
if not exist "%THIDUA_JSA%" goto :record
set "THIDUA_STAMP="
if exist "%THIDUA_JSA%.id" set /p THIDUA_STAMP=<"%THIDUA_JSA%.id"
if not "%THIDUA_STAMP%"=="%JVER%" goto :record
java -XX:SharedArchiveFile="%THIDUA_JSA%" %THIDUA_OPTS% %THIDUA_JAVA_OPTS% -jar "%THIDUA_JAR%" %*
set "THIDUA_CODE=%ERRORLEVEL%"
goto :end

:record
rem Recorded under a private name and moved in whole: runs may race.
set "THIDUA_TMP=%THIDUA_JSA%.%RANDOM%%RANDOM%.tmp"
java -XX:ArchiveClassesAtExit="%THIDUA_TMP%" %THIDUA_OPTS% %THIDUA_JAVA_OPTS% -jar "%THIDUA_JAR%" %*
set "THIDUA_CODE=%ERRORLEVEL%"
if not exist "%THIDUA_TMP%" goto :end
move /y "%THIDUA_TMP%" "%THIDUA_JSA%" >nul 2>nul
>"%THIDUA_JSA%.id" echo(%JVER%
goto :end

:plain
java %THIDUA_OPTS% %THIDUA_JAVA_OPTS% -jar "%THIDUA_JAR%" %*
set "THIDUA_CODE=%ERRORLEVEL%"
goto :end

:badjavahome
>&2 echo thidua: JAVA_HOME (%JAVA_HOME%) không có bin\java.exe; cần Java 17 trở lên / JAVA_HOME (%JAVA_HOME%) has no bin\java.exe; Java 17 or newer is needed.
goto :end

:nojava
>&2 echo thidua: cần Java 17 trở lên nhưng không tìm thấy lệnh java (cài Java 17+ hoặc đặt JAVA_HOME) / Java 17 or newer is needed, but java was not found (install Java 17+ or set JAVA_HOME).
goto :end

:unknownjava
>&2 echo thidua: không xác định được phiên bản Java; cần Java 17 trở lên / could not tell the Java version; Java 17 or newer is needed.
goto :end

:oldjava
>&2 echo thidua: Java %JVER% quá cũ, cần Java 17 trở lên / Java %JVER% is too old, Java 17 or newer is needed.
goto :end

:end
if defined THIDUA_CP chcp %THIDUA_CP% >nul
exit /b %THIDUA_CODE%
