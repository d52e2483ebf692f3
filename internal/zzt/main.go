package main

import (
	"fmt"
	"os"

	"github.com/copydesk/copydesk/names"
)

func main() {
	for i := 1; i+1 < len(os.Args); i += 2 {
		a, b := os.Args[i], os.Args[i+1]
		fmt.Println(a, "/", b, names.Same(a, b), names.BlockKeys(a), names.BlockKeys(b), names.Skeleton(names.Fold(a)), names.Skeleton(names.Fold(b)), names.Similarity(a, b))
	}
}
