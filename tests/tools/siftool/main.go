// siftool for the tests, built from Debian's golang-github-sylabs-sif-dev by tests/tools/build-siftool (offline,
// GOPATH mode): the reference implementation's own commands, to make SIF images our reader must read.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/sylabs/sif/v2/pkg/siftool"
)

func main() {
	root := &cobra.Command{
		Use:   "siftool",
		Short: "siftool is a program for Singularity Image Format (SIF) file manipulation",
	}
	if err := siftool.AddCommands(root); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if err := root.Execute(); err != nil {
		os.Exit(1)
	}
}
