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
rem No variable is expanded inside a parenthesized block below: "(x86)" in a path would end it.
setlocal EnableExtensions DisableDelayedExpansion
set "THIDUA_VERSION=@project.version@"
set "THIDUA_CODE=2"

rem Vietnamese in the console: the UTF-8 code page while thidua runs, the old one afterwards.
set "THIDUA_CP="
for /f "tokens=2 delims=:." %%c in ('chcp') do set "THIDUA_CP=%%c"
chcp 65001 >nul

set "THIDUA_JAR=%~dp0..\lib\thidua.jar"

if not defined JAVA_HOME goto :path
rem set JAVA_HOME="C:\Program Files\..." is common: the quotes are not part of the folder.
set "JAVA_HOME=%JAVA_HOME:"=%"
if not exist "%JAVA_HOME%\bin\java.exe" goto :badjavahome
set "PATH=%JAVA_HOME%\bin;%PATH%"
:path
where java >nul 2>nul
if errorlevel 1 goto :nojava

rem The version as "java -version" prints it: "17.0.15", "21", "25", "1.8.0_381", "17-ea".
set "JVER="
for /f "tokens=1-3" %%a in ('java -version 2^>^&1') do if "%%b"=="version" if not defined JVER set "JVER=%%~c"
if not defined JVER goto :unknownjava
set "JMAJOR="
set "JMINOR="
for /f "tokens=1,2 delims=.-_+" %%a in ("%JVER%") do (set "JMAJOR=%%a" & set "JMINOR=%%b")
if "%JMAJOR%"=="1" set "JMAJOR=%JMINOR%"
if not defined JMAJOR goto :unknownjava
set "JREST="
for /f "delims=0123456789" %%x in ("%JMAJOR%") do set "JREST=%%x"
if defined JREST goto :unknownjava
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
rem The JVM writes archives read-only, and move does not replace a read-only file. One that
rem another run has mapped cannot be replaced at all: a later run tries again.
if exist "%THIDUA_JSA%" del /f /q "%THIDUA_JSA%" >nul 2>nul
move /y "%THIDUA_TMP%" "%THIDUA_JSA%" >nul 2>nul && >"%THIDUA_JSA%.id" echo %JVER%
if exist "%THIDUA_TMP%" del /f /q "%THIDUA_TMP%" >nul 2>nul
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
>&2 echo thidua: không chạy được java để biết phiên bản; cần Java 17 trở lên (cài Java 17+ hoặc đặt JAVA_HOME) / could not run java to tell its version; Java 17 or newer is needed (install Java 17+ or set JAVA_HOME).
goto :end

:oldjava
>&2 echo thidua: Java %JVER% quá cũ, cần Java 17 trở lên / Java %JVER% is too old, Java 17 or newer is needed.
goto :end

:end
if defined THIDUA_CP chcp %THIDUA_CP% >nul
exit /b %THIDUA_CODE%
